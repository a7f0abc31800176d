import { homedir } from "node:os";
import { join } from "node:path";

import { parseIni } from "../aws/region/parseIni.js";
import { FileRefusedError, readBoundedFile } from "../util/readBoundedFile.js";
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

/** `AWS_CONFIG_FILE`, default `~/.aws/config`, as the AWS CLI finds it. */
export function configFilePath(env: CliEnvironment): string {
  const path = env.AWS_CONFIG_FILE || join(homeDirectory(env), ".aws", "config");
  return path.startsWith("~/") ? join(homeDirectory(env), path.slice(2)) : path;
}

/**
 * Reads the SSO settings of `profile` from the shared config file: `sso_session` (then the
 * `[sso-session NAME]` section's `sso_region`), or the legacy `sso_start_url` and `sso_region`.
 */
export async function readSsoProfile(profile: string, env: CliEnvironment): Promise<SsoProfile> {
  const configFile = configFilePath(env);
  let text: string;
  try {
    text = readBoundedFile(configFile, MAX_CONFIG_BYTES).text;
  } catch (error) {
    if (error instanceof FileRefusedError) throw new CliError(`refusing the AWS config file: ${error.message}`);
    throw new CliError(`profile "${profile}" not found: cannot read the AWS config file ${configFile}`);
  }
  const sections = parseIni(text);
  const settings = sections.get(`profile ${profile}`) ?? (profile === "default" ? sections.get("default") : undefined);
  if (!settings) throw new CliError(`profile "${profile}" not found in ${configFile}`);

  const ssoSession = settings.get("sso_session");
  if (ssoSession) {
    const session = sections.get(`sso-session ${ssoSession}`);
    if (!session) throw new CliError(`sso-session "${ssoSession}" (of profile "${profile}") not found in ${configFile}`);
    return { profile, ssoSession, region: session.get("sso_region") ?? settings.get("sso_region"), configFile };
  }
  const startUrl = settings.get("sso_start_url");
  if (!startUrl) throw new CliError(`profile "${profile}" in ${configFile} is not an SSO profile: it has no sso_session or sso_start_url`);
  return { profile, startUrl, region: settings.get("sso_region"), configFile };
}
