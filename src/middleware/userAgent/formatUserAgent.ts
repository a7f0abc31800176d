import type { UserAgentPair } from "@smithy/types";

// The user agent's token grammar (RFC 7230 tchar); anything else becomes "-". Values may hold "#".
const NAME_UNSAFE = /[^!$%&'*+\-.^_`|~\w]/g;
const VALUE_UNSAFE = /[^!$%&'*+\-.^_`|~\w#]/g;

// Services cap the metrics section; features past this many characters are left out.
const METRICS_LIMIT = 1024;

/**
 * One `[name, version]` pair as a user agent section: `prefix/name#version`, or `name/version`
 * when the name has no prefix (`["ua", "2.1"]` → `ua/2.1`, `["os/linux", "6.1"]` →
 * `os/linux#6.1`). The service ID after `api/` is lower-cased.
 */
export const formatUserAgentPair = ([rawName, rawVersion]: UserAgentPair): string => {
  const name = rawName
    .split("/")
    .map((part) => part.replace(NAME_UNSAFE, "-"))
    .join("/");
  const version = rawVersion?.replace(VALUE_UNSAFE, "-");
  const slash = name.indexOf("/");
  const prefix = slash < 0 ? "" : name.slice(0, slash);
  let rest = name.slice(slash + 1);
  if (prefix === "api") rest = rest.toLowerCase();
  const parts = [prefix, rest, version].filter((part): part is string => !!part);
  let section = parts[0] ?? "";
  if (parts[1] !== undefined) section += `/${parts[1]}`;
  if (parts[2] !== undefined) section += `#${parts[2]}`;
  return section;
};

/** The business metrics' letters, comma-separated, as many as fit the services' limit. */
export const encodeMetrics = (features: Record<string, string>): string => {
  let encoded = "";
  for (const letter of Object.values(features)) {
    // Counted as if every letter had its comma, the first one included.
    if (encoded.length + letter.length + 1 > METRICS_LIMIT) break;
    encoded = encoded ? `${encoded},${letter}` : letter;
  }
  return encoded;
};
