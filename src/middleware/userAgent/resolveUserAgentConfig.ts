import { NoOpLogger } from "@smithy/smithy-client";
import type { Logger, Provider, UserAgent } from "@smithy/types";

/** The user-agent options of the client configuration. */
export interface UserAgentInputConfig {
  /** Appended to the user agent: a string, or `[name, version]` pairs. */
  customUserAgent?: string | UserAgent;
  /**
   * An ID for your application, sent in the user agent as `app/<id>` (at most 50 characters).
   * Node.js also reads `AWS_SDK_UA_APP_ID` and the shared config file's `sdk_ua_app_id`.
   */
  userAgentAppId?: string | Provider<string | undefined>;
}

interface PreviouslyResolved {
  logger?: Logger;
}

/** The user-agent options as the client resolved them. */
export interface UserAgentResolvedConfig {
  /** The custom user agent as `[name, version]` pairs. */
  customUserAgent?: UserAgent;
  /** Resolves the application ID sent as `app/<id>`, if any. */
  userAgentAppId: Provider<string | undefined>;
}

const APP_ID_MAX_LENGTH = 50;

/** A string custom user agent becomes one pair; the app ID becomes a provider that warns about a bad value (once). */
export const resolveUserAgentConfig = <T>(
  input: T & UserAgentInputConfig & PreviouslyResolved,
): T & UserAgentResolvedConfig => {
  const { customUserAgent, userAgentAppId } = input;
  const appId: Provider<string | undefined> =
    typeof userAgentAppId === "function" ? userAgentAppId : () => Promise.resolve(userAgentAppId);
  // The silent default logger would swallow the warning: the console gets it then.
  const warn = (message: string) =>
    (!input.logger || input.logger instanceof NoOpLogger ? console : input.logger).warn?.(message);
  let checked = false;
  return {
    ...input,
    customUserAgent: typeof customUserAgent === "string" ? [[customUserAgent]] : customUserAgent,
    userAgentAppId: async () => {
      const value = await appId();
      if (!checked) {
        checked = true;
        if (value !== undefined && typeof value !== "string") warn("userAgentAppId must be a string or undefined.");
        else if (value !== undefined && value.length > APP_ID_MAX_LENGTH)
          warn(`userAgentAppId is longer than ${APP_ID_MAX_LENGTH} characters; services may cut it short.`);
      }
      return value;
    },
  };
};
