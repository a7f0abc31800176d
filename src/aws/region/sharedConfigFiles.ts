import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";

import { parseIni, type IniSections } from "./parseIni.js";

/** One profile's top-level settings from each of the two shared files. */
export interface SharedProfile {
  config: ReadonlyMap<string, string>;
  credentials: ReadonlyMap<string, string>;
}

// [profile NAME] (NAME optionally quoted); any other prefixed section is not a profile.
const PROFILE_SECTION = /^profile\s(["']?)([\w\-@+.%:/]+)\1$/;

const homeDirectory = (): string => {
  const { HOME, USERPROFILE, HOMEDRIVE, HOMEPATH } = process.env;
  return HOME || USERPROFILE || (HOMEPATH ? `${HOMEDRIVE || "C:"}${HOMEPATH}` : homedir());
};

const resolvePath = (fromEnv: string | undefined, fallback: string): string => {
  // An empty variable counts as unset.
  const path = fromEnv || join(homeDirectory(), ".aws", fallback);
  return path.startsWith("~/") ? join(homeDirectory(), path.slice(2)) : path;
};

/** A missing or unreadable file is the same as an empty one: the next source applies. */
const readSections = async (path: string): Promise<IniSections> => {
  try {
    return parseIni(await readFile(path, "utf8"));
  } catch {
    return new Map();
  }
};

const EMPTY: ReadonlyMap<string, string> = new Map();

/** In the config file a profile is `[profile NAME]`, or `[default]`; `[profile default]` wins over `[default]`. */
const configProfile = (sections: IniSections, profile: string): ReadonlyMap<string, string> => {
  for (const [section, values] of sections) {
    const match = PROFILE_SECTION.exec(section);
    if (match?.[2] === profile) return values;
  }
  return profile === "default" ? sections.get("default") ?? EMPTY : EMPTY;
};

/** The profile to read: the client's `profile` option, else `AWS_PROFILE`, else `default`. */
export const profileName = (profile?: string): string => profile || process.env.AWS_PROFILE || "default";

/**
 * Reads one profile from the shared config file (`AWS_CONFIG_FILE`, default `~/.aws/config`) and
 * the shared credentials file (`AWS_SHARED_CREDENTIALS_FILE`, default `~/.aws/credentials`, where
 * sections are bare profile names).
 */
export const loadSharedProfile = async (profile?: string): Promise<SharedProfile> => {
  const name = profileName(profile);
  const [config, credentials] = await Promise.all([
    readSections(resolvePath(process.env.AWS_CONFIG_FILE, "config")),
    readSections(resolvePath(process.env.AWS_SHARED_CREDENTIALS_FILE, "credentials")),
  ]);
  return { config: configProfile(config, name), credentials: credentials.get(name) ?? EMPTY };
};
