import type { ResolvedDefaultsMode } from "@smithy/smithy-client";
import type { Provider } from "@smithy/types";

import { type DefaultsModeInput, once, readDefaultsMode } from "./defaultsModes.js";

interface MobileHints {
  connection?: { effectiveType?: unknown; rtt?: unknown; downlink?: unknown };
  userAgentData?: { mobile?: boolean };
  maxTouchPoints?: number;
}

// A slow connection, or a device that says it is mobile or has a multi-touch screen.
const looksMobile = (): boolean => {
  const navigator: MobileHints | undefined = typeof window !== "undefined" ? window.navigator : undefined;
  const connection = navigator?.connection;
  if (connection) {
    const { effectiveType, rtt, downlink } = connection;
    if ((typeof effectiveType === "string" && effectiveType !== "4g") || Number(rtt) > 100 || Number(downlink) < 10)
      return true;
  }
  return Boolean(
    navigator?.userAgentData?.mobile || (typeof navigator?.maxTouchPoints === "number" && navigator.maxTouchPoints > 1),
  );
};

/** The defaults mode in a browser: `auto` is `mobile` on what looks like a mobile device, else `standard`. */
export const resolveDefaultsMode = (defaultsMode: DefaultsModeInput): Provider<ResolvedDefaultsMode> =>
  once(async () => {
    const mode = await readDefaultsMode(defaultsMode);
    if (mode !== "auto") return mode;
    return looksMobile() ? "mobile" : "standard";
  });
