/**
 * The endpoint named by the environment, as the AWS SDKs read it for this service:
 * `AWS_ENDPOINT_URL_SSO_OIDC` (the service ID "SSO OIDC" upper-cased, spaces as underscores),
 * then `AWS_ENDPOINT_URL`; none when `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` is `true`. Read once,
 * when the client is made; a browser has no environment.
 */
export const configuredEndpoint = (
  env: Record<string, string | undefined> | undefined = typeof process === "undefined" ? undefined : process.env
): string | undefined => {
  if (!env || env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS?.toLowerCase() === "true") return undefined;
  return env.AWS_ENDPOINT_URL_SSO_OIDC || env.AWS_ENDPOINT_URL || undefined;
};
