import type { ResolvedDefaultsMode } from "@smithy/smithy-client";
import type { Provider } from "@smithy/types";

import { type DefaultsModeInput, once, readDefaultsMode } from "./defaultsModes.js";

/** The defaults mode in React Native: `auto` is always `mobile`. */
export const resolveDefaultsMode = (defaultsMode: DefaultsModeInput): Provider<ResolvedDefaultsMode> =>
  once(async () => {
    const mode = await readDefaultsMode(defaultsMode);
    return mode === "auto" ? "mobile" : mode;
  });
