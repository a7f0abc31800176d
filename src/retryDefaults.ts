/** The AWS SDKs' standard retry defaults: three attempts in `standard` mode. */
export const DEFAULT_MAX_ATTEMPTS = 3;
export const DEFAULT_RETRY_MODE = "standard";
