import { configSection, readSharedConfigFiles, type SharedConfigFiles, valueOf } from "../config/sharedConfigFiles.js";
import { CredentialsProviderError } from "./CredentialsProviderError.js";
import { configFilePath, type Environment } from "./paths.js";

/** What signing in needs: the portal, its region, and the name its token is cached under. */
export interface SsoSessionSettings {
  /** The `[sso-session NAME]`; undefined for a legacy profile (start URL on the profile). */
  ssoSession?: string;
  /** `sso_start_url`: the AWS access portal URL. */
  startUrl: string;
  /** `sso_region`: the IAM Identity Center region. */
  region: string;
  /** `sso_registration_scopes`, e.g. `sso:account:access`. */
  scopes?: string[];
}

/** An SSO profile: its session and, when it names one, the account and role to get credentials for. */
export interface SsoProfileSettings extends SsoSessionSettings {
  /** The profile's name; empty when the settings did not come from a profile. */
  profile: string;
  /** `sso_account_id`. */
  accountId?: string;
  /** `sso_role_name`. */
  roleName?: string;
}

/** The profile to read: the given one, else `AWS_PROFILE`, else `default`. */
export const profileName = (profile: string | undefined, env: Environment = process.env): string =>
  profile || env.AWS_PROFILE || "default";

const login = (what: string) => `run "client-sso login ${what}"`;

/** The config file's sections, read by the client's own reader; a missing file has none. */
export const readConfigSections = async (
  env: Environment = process.env,
): Promise<{ sections: SharedConfigFiles; path: string }> => {
  const path = configFilePath(env);
  return { sections: await readSharedConfigFiles({ ...env, AWS_CONFIG_FILE: path }), path };
};

// [profile NAME] (NAME optionally quoted) and [default], as the SDK's parser keys them: by NAME.
const findProfile = (sections: SharedConfigFiles, name: string) => configSection(sections, name);

const scopesOf = (text: string | undefined): string[] | undefined => {
  const scopes = text
    ?.split(",")
    .map((scope) => scope.trim())
    .filter((scope) => scope !== "");
  return scopes?.length ? scopes : undefined;
};

/** The `[sso-session NAME]` section: `sso_start_url`, `sso_region`, `sso_registration_scopes`. */
export const sessionFromSections = (sections: SharedConfigFiles, name: string, path: string): SsoSessionSettings => {
  const section = configSection(sections, `sso-session.${name}`);
  if (!section) throw new CredentialsProviderError(`sso-session "${name}" not found in ${path}`);
  const startUrl = valueOf(section, "sso_start_url");
  const region = valueOf(section, "sso_region");
  if (!startUrl || !region) {
    throw new CredentialsProviderError(`sso-session "${name}" in ${path} needs both sso_start_url and sso_region`);
  }
  return { ssoSession: name, startUrl, region, scopes: scopesOf(valueOf(section, "sso_registration_scopes")) };
};

/**
 * Reads an SSO profile as the AWS CLI and SDKs do: `sso_session` (its section holds the start
 * URL and region; a start URL or region on the profile must agree with it), or the legacy
 * `sso_start_url` and `sso_region`; plus `sso_account_id` and `sso_role_name`.
 */
export const readSsoProfile = async (
  profile: string | undefined,
  env: Environment = process.env,
): Promise<SsoProfileSettings> => {
  const name = profileName(profile, env);
  const { sections, path } = await readConfigSections(env);
  const settings = findProfile(sections, name);
  if (!settings) throw new CredentialsProviderError(`profile "${name}" not found in ${path}`, { tryNextLink: true });
  const accountId = valueOf(settings, "sso_account_id") || undefined;
  const roleName = valueOf(settings, "sso_role_name") || undefined;
  const sessionName = valueOf(settings, "sso_session");
  if (sessionName) {
    const session = sessionFromSections(sections, sessionName, path);
    for (const [key, value] of [
      ["sso_start_url", session.startUrl],
      ["sso_region", session.region],
    ] as const) {
      const own = valueOf(settings, key);
      if (own && own !== value) {
        throw new CredentialsProviderError(
          `profile "${name}": ${key} differs from the one of its sso-session "${sessionName}"`,
        );
      }
    }
    return { profile: name, ...session, accountId, roleName };
  }
  const startUrl = valueOf(settings, "sso_start_url");
  const region = valueOf(settings, "sso_region");
  if (!startUrl) {
    throw new CredentialsProviderError(
      `profile "${name}" in ${path} is not an SSO profile: it has no sso_session or sso_start_url`,
      {
        tryNextLink: true,
      },
    );
  }
  if (!region) throw new CredentialsProviderError(`profile "${name}" in ${path} has sso_start_url but no sso_region`);
  return { profile: name, startUrl, region, accountId, roleName };
};

/** The hint every "sign in first" message ends with. */
export const loginHint = (target: { profile?: string; ssoSession?: string }): string =>
  target.profile
    ? login(`--profile ${target.profile}`)
    : target.ssoSession
      ? login(`--sso-session ${target.ssoSession}`)
      : login("");
