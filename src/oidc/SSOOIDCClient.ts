import { getRetryPlugin, resolveRetryConfig } from "@smithy/middleware-retry";
import { Client as __Client } from "@smithy/smithy-client";
import type {
  CheckOptionalClientConfig as __CheckOptionalClientConfig,
  HttpHandlerOptions as __HttpHandlerOptions,
} from "@smithy/types";

import { getHostHeaderPlugin } from "../middleware/hostHeaderPlugin.js";
import { getLoggerPlugin } from "../middleware/loggerPlugin.js";
import { getRecursionDetectionPlugin } from "../middleware/recursionDetectionPlugin.js";
import { resolveRegionConfig } from "../config/region/resolveRegionConfig.js";
import { resolveUserAgentConfig } from "../middleware/userAgent/resolveUserAgentConfig.js";
import { getUserAgentPlugin } from "../middleware/userAgent/userAgentPlugin.js";
import { resolveEndpointConfig } from "../endpoint/resolveEndpointConfig.js";
import { getContentLengthPlugin } from "../middleware/contentLengthPlugin.js";
import { resolveRuntimeExtensions } from "../runtimeExtensions.js";
import type { SSOClientConfigType, SSOClientResolvedConfigType } from "../SSOClient.js";
import type { CreateTokenCommandInput, CreateTokenCommandOutput } from "./commands/CreateTokenCommand.js";
import type { RegisterClientCommandInput, RegisterClientCommandOutput } from "./commands/RegisterClientCommand.js";
import type {
  StartDeviceAuthorizationCommandInput,
  StartDeviceAuthorizationCommandOutput,
} from "./commands/StartDeviceAuthorizationCommand.js";
import { resolveClientEndpointParameters } from "./endpoint/EndpointParameters.js";
import { getRuntimeConfig as __getRuntimeConfig } from "./runtimeConfig.js";

export { __Client };

/** The input of any of the service's commands. */
export type ServiceInputTypes =
  CreateTokenCommandInput | RegisterClientCommandInput | StartDeviceAuthorizationCommandInput;

/** The output of any of the service's commands. */
export type ServiceOutputTypes =
  CreateTokenCommandOutput | RegisterClientCommandOutput | StartDeviceAuthorizationCommandOutput;

/**
 * Every option an `SSOOIDCClient` accepts: the same as `SSOClient`'s (region, endpoint, FIPS,
 * dual-stack, retry, logger, user agent, request handler, extensions). Node.js also reads the
 * endpoint from `AWS_ENDPOINT_URL_SSO_OIDC` or `AWS_ENDPOINT_URL`.
 */
export type SSOOIDCClientConfigType = SSOClientConfigType;

/** The configuration an `SSOOIDCClient` is constructed with. */
export interface SSOOIDCClientConfig extends SSOOIDCClientConfigType {}

/** The configuration once resolved; see {@link SSOOIDCClientResolvedConfig}. */
export type SSOOIDCClientResolvedConfigType = SSOClientResolvedConfigType;

/** The configuration as the client resolved it: `client.config`. */
export interface SSOOIDCClientResolvedConfig extends SSOOIDCClientResolvedConfigType {}

/**
 * The client for AWS IAM Identity Center OIDC (`oidc.{region}.amazonaws.com`): registers a
 * client, starts a device authorization and creates tokens. Its operations are unsigned (no
 * AWS credentials needed); it shares the portal client's pipeline plugins.
 */
export class SSOOIDCClient extends __Client<
  __HttpHandlerOptions,
  ServiceInputTypes,
  ServiceOutputTypes,
  SSOOIDCClientResolvedConfig
> {
  /** The resolved configuration of this client. */
  declare readonly config: SSOOIDCClientResolvedConfig;

  constructor(...[configuration]: __CheckOptionalClientConfig<SSOOIDCClientConfig>) {
    const _config_0 = __getRuntimeConfig(configuration || {});
    // The base class only keeps what it is given, replaced below by the resolved config: it gets the
    // runtime config, unresolved, as in the AWS SDK.
    super(_config_0 as unknown as SSOOIDCClientResolvedConfig);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveEndpointConfig(_config_4);
    const _config_6 = resolveRuntimeExtensions(_config_5, configuration?.extensions || []);
    this.config = _config_6 as unknown as SSOOIDCClientResolvedConfig;
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- @smithy/core declares getRetryPlugin Pluggable<any, any>; it works on any input and output
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin());
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin());
    this.middlewareStack.use(getRecursionDetectionPlugin());
  }

  /** Releases the HTTP handler's resources (sockets) held by this client. */
  override destroy(): void {
    super.destroy();
  }
}
