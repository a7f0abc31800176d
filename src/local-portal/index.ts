/**
 * `client-sso/local-portal`: an offline SSO portal emulator for tests and demos. Node only
 * (it runs an HTTP server); the client's main entry never imports it.
 *
 * @module client-sso/local-portal
 */
export { createLocalPortal } from "./server.js";
export type { LocalPortal } from "./server.js";
export type { LocalPortalOptions, ServerTimeouts } from "./options.js";
export { DEFAULTS as LOCAL_PORTAL_DEFAULTS } from "./options.js";
export type { OidcOptions } from "./oidc/options.js";
export { OIDC_DEFAULTS } from "./oidc/options.js";
export { defaultFixture } from "./fixtures.js";
export type { PortalAccessToken, PortalAccount, PortalAssignment, PortalFixture, PortalUser } from "./fixtures.js";
export { loadFixtures, validateFixture } from "./loadFixtures.js";
export { generateFixture } from "./generateFixture.js";
export type { GenerateFixtureOptions } from "./generateFixture.js";
export { GENERATE_LIMITS } from "./generateFixture.js";
export type { AllowedHosts } from "./hostCheck.js";
export type { FaultOptions, ThrottleOptions } from "./faults.js";
export type { CorsOption } from "./cors.js";
export type { NoAccessError, PortalErrorCode } from "./errors.js";
export type { RequestLogEntry } from "./requestLog.js";
export type { PortalStats } from "./stats.js";
export type { RoleCredentials } from "./credentials.js";
export { runCli } from "./cli.js";
export type { CliIo, CliResult } from "./cli.js";
