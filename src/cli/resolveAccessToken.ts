import { CliError } from "../util/args/index.js";
import { readSsoProfile } from "./ssoProfile.js";
import { readCachedToken } from "./tokenCache.js";

/** The token to send, and a region its source names, if any (a profile's `sso_region`). */
export interface ResolvedAccessToken {
  accessToken: string;
  region?: string;
}

/**
 * Finds the token: `--access-token`, then `--profile`, then `AWS_SSO_ACCESS_TOKEN`, then the
 * `AWS_PROFILE` profile: flags before the environment, a given token before a cached one.
 */
export async function resolveAccessToken(
  flags: { accessToken?: string; profile?: string },
  env: Record<string, string | undefined>,
  now: number,
  warn?: (message: string) => void,
): Promise<ResolvedAccessToken> {
  if (flags.accessToken) return { accessToken: flags.accessToken };
  if (flags.profile) return fromProfile(flags.profile, env, now, warn);
  if (env.AWS_SSO_ACCESS_TOKEN) return { accessToken: env.AWS_SSO_ACCESS_TOKEN };
  if (env.AWS_PROFILE) return fromProfile(env.AWS_PROFILE, env, now, warn);
  throw new CliError(
    'no access token: pass --access-token, set AWS_SSO_ACCESS_TOKEN, or name an SSO profile with --profile (after "aws sso login")',
  );
}

async function fromProfile(
  name: string,
  env: Record<string, string | undefined>,
  now: number,
  warn?: (message: string) => void,
): Promise<ResolvedAccessToken> {
  const profile = await readSsoProfile(name, env);
  const cached = await readCachedToken(profile, env, now, warn);
  return { accessToken: cached.accessToken, region: profile.region ?? cached.region };
}
