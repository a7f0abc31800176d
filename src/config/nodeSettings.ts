import type { DefaultsMode } from "@smithy/smithy-client";
import type { Provider } from "@smithy/types";

import { nodeSetting, type NodeSettingsLoader } from "./nodeSetting.js";

const text = (value: string) => value;

const wholeNumber = (value: string) => {
  const number = Number.parseInt(value, 10);
  if (Number.isNaN(number)) throw new Error(`expected a number, got ${JSON.stringify(value)}`);
  return number;
};

/** `AWS_MAX_ATTEMPTS`, else `max_attempts`, else the default. */
export const nodeMaxAttempts = (loader: NodeSettingsLoader, fallback: number): Provider<number> =>
  nodeSetting(
    { environmentVariable: "AWS_MAX_ATTEMPTS", configFileKeys: ["max_attempts"], parse: wholeNumber },
    loader,
    () => fallback,
  );

/** `AWS_RETRY_MODE`, else `retry_mode`, else what the defaults mode says. */
export const nodeRetryMode = (loader: NodeSettingsLoader, fallback: Provider<string>): Provider<string> =>
  nodeSetting({ environmentVariable: "AWS_RETRY_MODE", configFileKeys: ["retry_mode"], parse: text }, loader, fallback);

/** `AWS_SDK_UA_APP_ID`, else `sdk_ua_app_id` (or its older spelling `sdk-ua-app-id`), else none. */
export const nodeUserAgentAppId = (loader: NodeSettingsLoader): Provider<string | undefined> =>
  nodeSetting<string | undefined>(
    { environmentVariable: "AWS_SDK_UA_APP_ID", configFileKeys: ["sdk_ua_app_id", "sdk-ua-app-id"], parse: text },
    loader,
    () => undefined,
  );

/** `AWS_DEFAULTS_MODE`, else `defaults_mode`, else `legacy`. */
export const nodeDefaultsMode = (loader: NodeSettingsLoader): Provider<DefaultsMode> =>
  nodeSetting(
    {
      environmentVariable: "AWS_DEFAULTS_MODE",
      configFileKeys: ["defaults_mode"],
      parse: (value) => value as DefaultsMode,
    },
    loader,
    (): DefaultsMode => "legacy",
  );
