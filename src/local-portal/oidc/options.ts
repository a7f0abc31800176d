/** Sign-in knobs of `createLocalPortal`; every lifetime is in seconds, as the service states them. */
export interface OidcOptions {
  /** `expiresIn` of access tokens from CreateToken, default 3600. */
  accessTokenSeconds?: number;
  /** How long a refresh token works after it is issued, default 28,800 (an 8-hour session). */
  refreshTokenSeconds?: number;
  /** How long a registered client's secret works (`clientSecretExpiresAt`), default 90 days. */
  clientSecretSeconds?: number;
  /** `expiresIn` of a device authorization, default 600 (what the service answers). */
  deviceCodeSeconds?: number;
  /** `interval` of a device authorization: polls closer than this get `slow_down`. Default 1. */
  deviceCodeIntervalSeconds?: number;
  /**
   * Start URLs StartDeviceAuthorization accepts; default only the emulator's own
   * `<endpoint>/start`. `"*"` in the list accepts any.
   */
  startUrls?: string[];
  /** A fixture user who approves every device authorization and `/authorize` request at once. */
  autoApprove?: string;
}

/** Defaults of {@link OidcOptions}. */
export const OIDC_DEFAULTS = {
  /** Access tokens last an hour. */
  accessTokenSeconds: 3600,
  /** Refresh tokens last an 8-hour session. */
  refreshTokenSeconds: 8 * 3600,
  /** Client registrations last 90 days, as the service's do. */
  clientSecretSeconds: 90 * 24 * 3600,
  /** Device codes last 10 minutes, as the service's do. */
  deviceCodeSeconds: 600,
  /** The service answers an interval of 1 second. */
  deviceCodeIntervalSeconds: 1,
  /** Lifetime of an authorization code from `/authorize`. */
  authorizationCodeSeconds: 300,
} as const;

/** The options with defaults applied. */
export interface OidcSettings {
  accessTokenSeconds: number;
  refreshTokenSeconds: number;
  clientSecretSeconds: number;
  deviceCodeSeconds: number;
  deviceCodeIntervalSeconds: number;
  authorizationCodeSeconds: number;
  /** Undefined until the server knows its endpoint. */
  startUrls: string[] | undefined;
  autoApprove: string | undefined;
}

export function oidcSettings(options: OidcOptions): OidcSettings {
  const settings: OidcSettings = {
    accessTokenSeconds: options.accessTokenSeconds ?? OIDC_DEFAULTS.accessTokenSeconds,
    refreshTokenSeconds: options.refreshTokenSeconds ?? OIDC_DEFAULTS.refreshTokenSeconds,
    clientSecretSeconds: options.clientSecretSeconds ?? OIDC_DEFAULTS.clientSecretSeconds,
    deviceCodeSeconds: options.deviceCodeSeconds ?? OIDC_DEFAULTS.deviceCodeSeconds,
    deviceCodeIntervalSeconds: options.deviceCodeIntervalSeconds ?? OIDC_DEFAULTS.deviceCodeIntervalSeconds,
    authorizationCodeSeconds: OIDC_DEFAULTS.authorizationCodeSeconds,
    startUrls: options.startUrls,
    autoApprove: options.autoApprove,
  };
  for (const key of [
    "accessTokenSeconds",
    "refreshTokenSeconds",
    "clientSecretSeconds",
    "deviceCodeSeconds",
  ] as const) {
    if (!Number.isInteger(settings[key]) || settings[key] <= 0)
      throw new Error(`${key} must be a positive whole number of seconds`);
  }
  const interval = settings.deviceCodeIntervalSeconds;
  if (!Number.isInteger(interval) || interval < 0)
    throw new Error("deviceCodeIntervalSeconds must be a whole number of seconds, 0 or more");
  return settings;
}
