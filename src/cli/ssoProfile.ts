import { homedir } from "node:os";

import {
  configFilePath as sharedConfigFilePath,
  configSection,
  credentialsFilePath,
  readSharedConfigFiles,
  valueOf,
} from "../config/sharedConfigFiles.js";
import { checkBoundedFile, FileRefusedError } from "../util/readBoundedFile.js";
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

/** Real config files are a few KiB; this leaves room for thousands of profiles. */
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

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
  // The shared reader reads whatever is there: a FIFO would hang it, /dev/zero or a huge file
  // would fill memory. Both files are checked first, without reading them.
  try {
    checkBoundedFile(configFile, MAX_CONFIG_BYTES);
  } catch (error) {
    if (error instanceof FileRefusedError) throw new CliError(`refusing the AWS config file: ${error.message}`);
    throw new CliError(`profile "${profile}" not found: cannot read the AWS config file ${configFile}`);
  }
  try {
    checkBoundedFile(credentialsFilePath(env), MAX_CONFIG_BYTES);
  } catch (error) {
    // A missing credentials file counts as empty, as in the SDK.
    if (error instanceof FileRefusedError) throw new CliError(`refusing the AWS credentials file: ${error.message}`);
  }
  const files = await readSharedConfigFiles({ ...env, AWS_CONFIG_FILE: configFile });
  // Profiles are keyed by bare name (`[profile x]` and `[default]`), like sso-session.NAME beside them.
  const settings = configSection(files, profile);
  if (!settings) throw new CliError(`profile "${profile}" not found in ${configFile}`);

  const ssoSession = valueOf(settings, "sso_session");
  if (ssoSession) {
    const session = configSection(files, `sso-session.${ssoSession}`);
    if (!session)
      throw new CliError(`sso-session "${ssoSession}" (of profile "${profile}") not found in ${configFile}`);
    return {
      profile,
      ssoSession,
      region: valueOf(session, "sso_region") ?? valueOf(settings, "sso_region"),
      configFile,
    };
  }
  const startUrl = valueOf(settings, "sso_start_url");
  if (!startUrl)
    throw new CliError(
      `profile "${profile}" in ${configFile} is not an SSO profile: it has no sso_session or sso_start_url`,
    );
  return { profile, startUrl, region: valueOf(settings, "sso_region"), configFile };
}
