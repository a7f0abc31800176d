import { isIP } from "node:net";

/**
 * Which `Host` headers the emulator answers. A web page can make a browser send requests to
 * 127.0.0.1 under its own DNS name (DNS rebinding) and read the answers; the browser then
 * sends that name as `Host`. Loopback names, IP literals (a rebinding page cannot pick one),
 * the host the emulator was started on and the names the user allowed are answered; any
 * other name is refused. `true` answers every `Host`.
 */
export type AllowedHosts = readonly string[] | true;

/** Builds the check once per server: a set lookup per request. */
export function createHostCheck(
  configuredHost: string,
  allowed: AllowedHosts | undefined,
): (host: string | undefined) => boolean {
  if (allowed === true) return () => true;
  const names = new Set(["localhost", normalize(configuredHost), ...(allowed ?? []).map(normalize)]);
  return (host) => {
    // HTTP/1.0 clients may send none; browsers always do, so rebinding cannot hide behind its absence.
    if (host === undefined || host === "") return true;
    const name = hostName(host);
    return names.has(name) || name.endsWith(".localhost") || isIP(name) !== 0;
  };
}

/** `Host` without its port and brackets, lower-cased, without a trailing dot. */
function hostName(host: string): string {
  const bracketed = /^\[([^\]]*)\](?::\d*)?$/.exec(host);
  if (bracketed) return bracketed[1].toLowerCase();
  const colon = host.lastIndexOf(":");
  // More than one colon without brackets is not a valid Host; leave it whole so it matches nothing.
  const name = colon !== -1 && host.indexOf(":") === colon ? host.slice(0, colon) : host;
  return normalize(name);
}

function normalize(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/\.$/, "")
    .replace(/^\[(.*)\]$/, "$1");
}
