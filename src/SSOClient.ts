import {
  getRetryPlugin,
  resolveRetryConfig,
  type RetryInputConfig,
  type RetryResolvedConfig,
} from "@smithy/middleware-retry";
import {
  Client as __Client,
  type DefaultsMode as __DefaultsMode,
  type SmithyConfiguration as __SmithyConfiguration,
  type SmithyResolvedConfiguration as __SmithyResolvedConfiguration,
} from "@smithy/smithy-client";
import type {
  CheckOptionalClientConfig as __CheckOptionalClientConfig,
  HttpHandlerOptions as __HttpHandlerOptions,
  Logger as __Logger,
  Provider as __Provider,
  StreamCollector as __StreamCollector,
  UserAgent as __UserAgent,
} from "@smithy/types";

import { getClearTextWarningPlugin } from "./middleware/clearTextWarningPlugin.js";
import { getHostHeaderPlugin } from "./middleware/hostHeaderPlugin.js";
import { getLoggerPlugin } from "./middleware/loggerPlugin.js";
import { getRecursionDetectionPlugin } from "./middleware/recursionDetectionPlugin.js";
import {
  resolveRegionConfig,
  type RegionInputConfig,
  type RegionResolvedConfig,
} from "./config/region/resolveRegionConfig.js";
import {
  resolveUserAgentConfig,
  type UserAgentInputConfig,
  type UserAgentResolvedConfig,
} from "./middleware/userAgent/resolveUserAgentConfig.js";
import { getUserAgentPlugin } from "./middleware/userAgent/userAgentPlugin.js";
import type {
  GetRoleCredentialsCommandInput,
  GetRoleCredentialsCommandOutput,
} from "./commands/GetRoleCredentialsCommand.js";
import type {
  ListAccountRolesCommandInput,
  ListAccountRolesCommandOutput,
} from "./commands/ListAccountRolesCommand.js";
import type { ListAccountsCommandInput, ListAccountsCommandOutput } from "./commands/ListAccountsCommand.js";
import type { LogoutCommandInput, LogoutCommandOutput } from "./commands/LogoutCommand.js";
import {
  type ClientInputEndpointParameters,
  type ClientResolvedEndpointParameters,
  resolveClientEndpointParameters,
} from "./endpoint/EndpointParameters.js";
import {
  type EndpointInputConfig,
  type EndpointResolvedConfig,
  resolveEndpointConfig,
} from "./endpoint/resolveEndpointConfig.js";
import { getContentLengthPlugin } from "./middleware/contentLengthPlugin.js";
import { getRuntimeConfig as __getRuntimeConfig } from "./runtimeConfig.js";
import { resolveRuntimeExtensions, type RuntimeExtension, type RuntimeExtensionsConfig } from "./runtimeExtensions.js";

export { __Client };

/** The input of any of the service's commands. */
export type ServiceInputTypes =
  GetRoleCredentialsCommandInput | ListAccountRolesCommandInput | ListAccountsCommandInput | LogoutCommandInput;

/** The output of any of the service's commands. */
export type ServiceOutputTypes =
  GetRoleCredentialsCommandOutput | ListAccountRolesCommandOutput | ListAccountsCommandOutput | LogoutCommandOutput;

/** Options every runtime fills in with its own defaults (see runtimeConfig*.ts). */
export interface ClientDefaults extends Partial<__SmithyConfiguration<__HttpHandlerOptions>> {
  /** The HTTP handler (Node: NodeHttpHandler, browser/React Native: FetchHttpHandler), or options for the default one. */
  requestHandler?: __SmithyConfiguration<__HttpHandlerOptions>["requestHandler"];
  /** Collects a streaming response body into bytes. @internal */
  streamCollector?: __StreamCollector;
  /** The service ID, used in the user agent. */
  serviceId?: string;
  /** The runtime this configuration was made for. @internal */
  runtime?: string;
  /** Where to send log lines (`debug`, `info`, `warn`, `error`); nothing is logged by default. */
  logger?: __Logger;
  /** Maximum attempts for a call, the first one included (default 3). */
  maxAttempts?: number | __Provider<number>;
  /** `standard` (default) or `adaptive` retry mode. */
  retryMode?: string | __Provider<string>;
  /** Extra user agent pairs or a string appended to the SDK's user agent. */
  customUserAgent?: string | __UserAgent;
  /** Defaults mode: `standard`, `in-region`, `cross-region`, `mobile`, `legacy` or `auto`. */
  defaultsMode?: __DefaultsMode | __Provider<__DefaultsMode>;
  /** Send to the FIPS endpoint. */
  useFipsEndpoint?: boolean | __Provider<boolean>;
  /** Send to the dual-stack (IPv4 and IPv6) endpoint. */
  useDualstackEndpoint?: boolean | __Provider<boolean>;
  /** Extensions that may read and replace parts of the configuration. */
  extensions?: RuntimeExtension[];
  /** The user agent's sections before the metrics and app ID; each runtime has its own. @internal */
  defaultUserAgentProvider?: __Provider<__UserAgent>;
}

/** Every option an `SSOClient` accepts; see {@link SSOClientConfig}. */
export type SSOClientConfigType = ClientDefaults &
  RegionInputConfig &
  UserAgentInputConfig &
  RetryInputConfig &
  EndpointInputConfig &
  ClientInputEndpointParameters;

/** The configuration an `SSOClient` is constructed with. */
export interface SSOClientConfig extends SSOClientConfigType {}

/** The configuration once resolved; see {@link SSOClientResolvedConfig}. */
export type SSOClientResolvedConfigType = __SmithyResolvedConfiguration<__HttpHandlerOptions> &
  Required<Pick<ClientDefaults, "streamCollector" | "logger" | "serviceId" | "runtime" | "defaultUserAgentProvider">> &
  Omit<ClientDefaults, "requestHandler"> &
  RuntimeExtensionsConfig &
  RegionResolvedConfig &
  UserAgentResolvedConfig &
  RetryResolvedConfig &
  EndpointResolvedConfig &
  ClientResolvedEndpointParameters;

/** The configuration as the client resolved it: `client.config`. */
export interface SSOClientResolvedConfig extends SSOClientResolvedConfigType {}

/**
 * The client for the AWS IAM Identity Center (SSO) portal API: sends commands through its
 * middleware stack to the configured HTTP handler.
 */
export class SSOClient extends __Client<
  __HttpHandlerOptions,
  ServiceInputTypes,
  ServiceOutputTypes,
  SSOClientResolvedConfig
> {
  /** The resolved configuration of this client. */
  declare readonly config: SSOClientResolvedConfig;

  constructor(...[configuration]: __CheckOptionalClientConfig<SSOClientConfig>) {
    const _config_0 = __getRuntimeConfig(configuration || {});
    // The base class only keeps what it is given, replaced below by the resolved config: it gets the
    // runtime config, unresolved, as in the AWS SDK.
    super(_config_0 as unknown as SSOClientResolvedConfig);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveEndpointConfig(_config_4);
    const _config_6 = resolveRuntimeExtensions(_config_5, configuration?.extensions || []);
    this.config = _config_6 as unknown as SSOClientResolvedConfig;
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- @smithy/core declares getRetryPlugin Pluggable<any, any>; it works on any input and output
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin());
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin());
    this.middlewareStack.use(getRecursionDetectionPlugin());
    this.middlewareStack.use(getClearTextWarningPlugin());
  }

  /** Releases the HTTP handler's resources (sockets) held by this client. */
  override destroy(): void {
    super.destroy();
  }
}
