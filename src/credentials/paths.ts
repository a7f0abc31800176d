import { homedir } from "node:os";
import { join } from "node:path";

/** Environment variables, as `process.env`. */
export type Environment = Record<string, string | undefined>;

/** The home directory as the AWS SDKs find it: HOME, then USERPROFILE, then HOMEDRIVE+HOMEPATH. */
export const homeDirectory = (env: Environment = process.env): string => {
  const { HOME, USERPROFILE, HOMEDRIVE, HOMEPATH } = env;
  return HOME || USERPROFILE || (HOMEPATH ? `${HOMEDRIVE || "C:"}${HOMEPATH}` : homedir());
};

const expand = (path: string, env: Environment): string =>
  path.startsWith("~/") ? join(homeDirectory(env), path.slice(2)) : path;

/** `AWS_CONFIG_FILE`, default `~/.aws/config`. */
export const configFilePath = (env: Environment = process.env): string =>
  expand(env.AWS_CONFIG_FILE || join(homeDirectory(env), ".aws", "config"), env);

/** The token cache the AWS CLI and SDKs share: `~/.aws/sso/cache`. */
export const ssoCacheDirectory = (env: Environment = process.env): string =>
  join(homeDirectory(env), ".aws", "sso", "cache");

/** Where `client-sso credentials` keeps role credentials between runs (ours alone). */
export const credentialsCacheDirectory = (env: Environment = process.env): string =>
  join(homeDirectory(env), ".aws", "client-sso", "cache");
