import type { Provider, UserAgent } from "@smithy/types";

import { PACKAGE_NAME } from "../../version.js";
import type { DefaultUserAgentOptions } from "./defaultUserAgent.js";

interface NavigatorWithHints {
  userAgent?: string;
  userAgentData?: { platform?: string; brands?: { brand: string; version: string }[] };
}

// When the browser gives no client hints, its user agent string still names the OS and browser.
const osFromUserAgent = (ua: string): string | undefined => {
  if (/iPhone|iPad|iPod/.test(ua)) return "iOS";
  if (/Macintosh|Mac OS X/.test(ua)) return "macOS";
  if (/Windows NT/.test(ua)) return "Windows";
  if (/Android/.test(ua)) return "Android";
  if (/Linux/.test(ua)) return "Linux";
  return undefined;
};

// Order matters: Edge and Chrome also say "Safari", Edge also says "Chrome".
const browserFromUserAgent = (ua: string): string | undefined => {
  if (/EdgiOS|EdgA|Edg\//.test(ua)) return "Microsoft Edge";
  if (/Firefox\//.test(ua)) return "Firefox";
  if (/Chrome\//.test(ua)) return "Chrome";
  if (/Safari\//.test(ua)) return "Safari";
  return undefined;
};

/**
 * The browser user agent sections: this package and version, `ua/2.1`, the OS and browser as the
 * navigator reports them (client hints first), the language and the service.
 */
export const createDefaultUserAgentProvider = ({
  serviceId,
  clientVersion,
}: DefaultUserAgentOptions): Provider<UserAgent> => {
  let sections: Promise<UserAgent> | undefined;
  return () =>
    // Built once; a throw while building rejects the promise, as an async function's would.
    (sections ??= new Promise<UserAgent>((resolve) => {
      const navigator: NavigatorWithHints | undefined = typeof window !== "undefined" ? window.navigator : undefined;
      const ua = navigator?.userAgent ?? "";
      const os = navigator?.userAgentData?.platform || osFromUserAgent(ua) || "other";
      const brands = navigator?.userAgentData?.brands ?? [];
      const brand = brands[brands.length - 1];
      const browser = brand?.brand ?? browserFromUserAgent(ua) ?? "unknown";
      const pairs: UserAgent = [
        [PACKAGE_NAME, clientVersion],
        ["ua", "2.1"],
        [`os/${os}`],
        ["lang/js"],
        ["md/browser", `${browser}_${brand?.version ?? "unknown"}`],
      ];
      if (serviceId) pairs.push([`api/${serviceId}`, clientVersion]);
      resolve(pairs);
    }));
};
