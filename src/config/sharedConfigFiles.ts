import { loadSharedConfigFiles } from "@smithy/core/config";
import { homedir } from "node:os";
import { join } from "node:path";

/**
 * The one reader of the AWS shared config and credentials files, for the client and the CLI
 * alike. Reading and INI parsing are @smithy/core's (the AWS SDK's own), so sections, quoted
 * profile names, comments and nested blocks mean what they mean to the SDK; @smithy/core/config
 * is already loaded by the retry middleware, so this costs nothing at start-up.
 */

/** Section → its keys; nested blocks appear as `outer.inner` keys. */
export type IniSection = Readonly<Record<string, string | undefined>>;

/** The two files, parsed: the config file's profiles by bare name (`[profile x]` → `x`), plus
 * `sso-session.NAME` and `services.NAME`; the credentials file's sections as they are. */
export interface SharedConfigFiles {
  configFile: Readonly<Record<string, IniSection | undefined>>;
  credentialsFile: Readonly<Record<string, IniSection | undefined>>;
}

/** One profile's settings from each file, and both files for the sections a profile names. */
export interface SharedProfile extends SharedConfigFiles {
  name: string;
  config: IniSection;
  credentials: IniSection;
}

type Environment = Readonly<Record<string, string | undefined>>;

const homeDirectory = (env: Environment): string => {
  const { HOME, USERPROFILE, HOMEDRIVE, HOMEPATH } = env;
  return HOME || USERPROFILE || (HOMEPATH ? `${HOMEDRIVE || "C:"}${HOMEPATH}` : homedir());
};

const resolvePath = (env: Environment, fromEnv: string | undefined, fallback: string): string => {
  // An empty variable counts as unset.
  const path = fromEnv || join(homeDirectory(env), ".aws", fallback);
  return path.startsWith("~/") ? join(homeDirectory(env), path.slice(2)) : path;
};

/** `AWS_CONFIG_FILE`, default `~/.aws/config`. */
export const configFilePath = (env: Environment = process.env): string =>
  resolvePath(env, env.AWS_CONFIG_FILE, "config");

/** `AWS_SHARED_CREDENTIALS_FILE`, default `~/.aws/credentials`. */
export const credentialsFilePath = (env: Environment = process.env): string =>
  resolvePath(env, env.AWS_SHARED_CREDENTIALS_FILE, "credentials");

/**
 * Reads and parses both files now (never from an earlier read: `ignoreCache`). A missing or
 * unreadable file counts as empty, as in the SDK.
 */
export const readSharedConfigFiles = (env: Environment = process.env): Promise<SharedConfigFiles> =>
  loadSharedConfigFiles({ configFilepath: configFilePath(env), filepath: credentialsFilePath(env), ignoreCache: true });

/** The profile to read: the client's `profile` option, else `AWS_PROFILE`, else `default`. */
export const profileName = (profile?: string, env: Environment = process.env): string =>
  profile || env.AWS_PROFILE || "default";

const EMPTY: IniSection = Object.freeze({});

/** Own keys only: a section named like an Object.prototype member is not one. */
const sectionOf = (sections: SharedConfigFiles["configFile"], name: string): IniSection =>
  Object.prototype.hasOwnProperty.call(sections, name) ? (sections[name] ?? EMPTY) : EMPTY;

/** The named profile from both files. */
export const profileOf = (files: SharedConfigFiles, name: string): SharedProfile => ({
  ...files,
  name,
  config: sectionOf(files.configFile, name),
  credentials: sectionOf(files.credentialsFile, name),
});

/** A section of the config file by its full key, e.g. `sso-session.my-sso` or `services.dev`. */
export const configSection = (files: SharedConfigFiles, key: string): IniSection | undefined =>
  Object.prototype.hasOwnProperty.call(files.configFile, key) ? files.configFile[key] : undefined;

/** The key's value in a section, if the section has it as its own. */
export const valueOf = (section: IniSection, key: string): string | undefined =>
  Object.prototype.hasOwnProperty.call(section, key) ? section[key] : undefined;

/** Where a client's Node.js settings come from: one object per client. */
export interface SharedConfigSource {
  /** The shared-file profile to read instead of `AWS_PROFILE` / `default`. */
  profile?: string;
}

// One read of both files per client, for all of its settings.
const profilesBySource = new WeakMap<SharedConfigSource, Promise<SharedProfile>>();

/** The client's profile, read once on first use and then shared by all of its settings. */
export const sharedProfileFor = (source: SharedConfigSource): Promise<SharedProfile> => {
  let profile = profilesBySource.get(source);
  if (!profile) {
    const name = profileName(source.profile);
    profile = readSharedConfigFiles().then((files) => profileOf(files, name));
    profilesBySource.set(source, profile);
  }
  return profile;
};
