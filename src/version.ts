// Generated from package.json by scripts/write-version.mjs: do not edit.

/** This package's name, as the user agent's SDK section names it. */
export const PACKAGE_NAME = "client-sso";

/** This package's version, sent in the user agent. */
export const PACKAGE_VERSION = "0.1.0";
