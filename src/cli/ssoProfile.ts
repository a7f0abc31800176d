import { constants } from "node:fs";
import { access } from "node:fs/promises";
import { homedir } from "node:os";

import {
  configFilePath as sharedConfigFilePath,
  configSection,
  readSharedConfigFiles,
  valueOf,
} from "../aws/config/sharedConfigFiles.js";
import { CliError } from "./CliError.js";

/** What the token cache is keyed by, and the region the profile names for the portal. */
export interface SsoProfile {
  profile: string;
  /** The `[sso-session NAME]` the profile uses; the cache file is named after it. */
  ssoSession?: string;
  /** The start URL of a legacy profile (no sso-session); the cache file is named after it. */
  startUrl?: string;
  /** `sso_region`: where the portal is. */
  region?: string;
  /** The config file read, for messages. */
  configFile: string;
}

export function homeDirectory(env: CliEnvironment): string {
  return env.HOME || env.USERPROFILE || homedir();
}

type CliEnvironment = Record<string, string | undefined>;

/** `AWS_CONFIG_FILE`, default `~/.aws/config`, found as the client finds it. */
export function configFilePath(env: CliEnvironment): string {
  return sharedConfigFilePath(env);
}

/**
 * Reads the SSO settings of `profile` from the shared config file, through the client's own reader
 * (so a profile name means the same to both): `sso_session` (then the `[sso-session NAME]`
 * section's `sso_region`), or the legacy `sso_start_url` and `sso_region`.
 */
export async function readSsoProfile(profile: string, env: CliEnvironment): Promise<SsoProfile> {
  const configFile = configFilePath(env);
  try {
    await access(configFile, constants.R_OK);
  } catch {
    throw new CliError(`profile "${profile}" not found: cannot read the AWS config file ${configFile}`);
  }
  const files = await readSharedConfigFiles({ ...env, AWS_CONFIG_FILE: configFile });
  // Profiles are keyed by bare name (`[profile x]` and `[default]`), like sso-session.NAME beside them.
  const settings = configSection(files, profile);
  if (!settings) throw new CliError(`profile "${profile}" not found in ${configFile}`);

  const ssoSession = valueOf(settings, "sso_session");
  if (ssoSession) {
    const session = configSection(files, `sso-session.${ssoSession}`);
    if (!session) throw new CliError(`sso-session "${ssoSession}" (of profile "${profile}") not found in ${configFile}`);
    return { profile, ssoSession, region: valueOf(session, "sso_region") ?? valueOf(settings, "sso_region"), configFile };
  }
  const startUrl = valueOf(settings, "sso_start_url");
  if (!startUrl) throw new CliError(`profile "${profile}" in ${configFile} is not an SSO profile: it has no sso_session or sso_start_url`);
  return { profile, startUrl, region: valueOf(settings, "sso_region"), configFile };
}
