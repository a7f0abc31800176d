import { readdir, unlink } from "node:fs/promises";
import { join } from "node:path";

import { type Environment, ssoCacheDirectory } from "../../credentials/paths.js";
import { readTokenFile, type SsoToken, tokenCacheKey, tokenFilePath } from "../../credentials/tokenCache.js";
import { configuredEndpoint } from "../../oidc/endpoint/configuredEndpoint.js";
import { CliError, usageError } from "../../util/args/index.js";
import type { CliIo } from "../io.js";
import type { SigninArguments } from "./arguments.js";
import { removeCachedCredentials } from "./credentialsCache.js";
import { resolveTarget } from "./target.js";

/** The token files to sign out of: the profile's, or every file of the cache holding an access token. */
async function tokenFiles(
  args: SigninArguments,
  env: Environment,
): Promise<{ path: string; fallbackRegion?: string }[]> {
  if (args.all) {
    const folder = ssoCacheDirectory(env);
    const names = await readdir(folder).catch(() => [] as string[]);
    return names.filter((name) => name.endsWith(".json")).map((name) => ({ path: join(folder, name) }));
  }
  if (!args.profile && !env.AWS_PROFILE)
    throw usageError("name the profile with --profile, or sign out of every session with --all");
  const target = await resolveTarget(args, env);
  return [{ path: tokenFilePath(tokenCacheKey(target), env), fallbackRegion: target.region }];
}

/**
 * `client-sso logout`: `Logout` on the portal for each cached token still valid (an
 * already-refused token is fine), then the token files and the role credentials cached for
 * them are removed, as `aws sso logout` does. Files that hold no token (client registrations)
 * stay.
 */
export async function logout(args: SigninArguments, io: CliIo, secrets: string[]): Promise<void> {
  const env = io.env;
  const now = (io.now ?? Date.now)();
  const endpoint = args.endpointUrl ?? configuredEndpoint("SSO", env);
  const failures: string[] = [];
  let signedOut = 0;
  for (const { path, fallbackRegion } of await tokenFiles(args, env)) {
    let token: SsoToken;
    try {
      token = await readTokenFile(path);
    } catch {
      continue; // no token there (a registration, or nothing cached)
    }
    secrets.push(token.accessToken, ...(token.refreshToken ? [token.refreshToken] : []));
    const region = token.region ?? fallbackRegion;
    if (token.expiresAt.getTime() > now && region) {
      const failure = await portalLogout(token.accessToken, region, endpoint);
      if (failure) failures.push(failure);
    }
    await unlink(path).catch(() => undefined);
    if (!args.all && token.startUrl) await removeCachedCredentials(env, token.startUrl);
    signedOut++;
    io.stderr.write(`Signed out of ${token.startUrl ?? "a cached session"}.\n`);
  }
  if (args.all) await removeCachedCredentials(env);
  if (signedOut === 0) io.stderr.write("No cached SSO token to sign out of.\n");
  if (failures.length > 0)
    throw new CliError(`removed the cached tokens, but the portal did not end the session: ${failures[0]}`);
}

/** Logout with one token; undefined when done (or the portal no longer knew the token). */
async function portalLogout(
  accessToken: string,
  region: string,
  endpoint: string | undefined,
): Promise<string | undefined> {
  const [{ SSOClient }, { LogoutCommand }] = await Promise.all([
    import("../../SSOClient.js"),
    import("../../commands/LogoutCommand.js"),
  ]);
  const client = new SSOClient({ region, ...(endpoint !== undefined && { endpoint }), maxAttempts: 2 });
  try {
    await client.send(new LogoutCommand({ accessToken }));
    return undefined;
  } catch (error) {
    const { name, message } = (error ?? {}) as { name?: string; message?: string };
    if (name === "UnauthorizedException") return undefined;
    return `${name ?? "Error"}: ${String(message).split("\n")[0]}`;
  } finally {
    client.destroy();
  }
}
