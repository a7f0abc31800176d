/**
 * The endpoint named by the environment, as the AWS SDKs read it: `AWS_ENDPOINT_URL_<SERVICE>`
 * (the service ID upper-cased, spaces as underscores: `SSO_OIDC`, `SSO`), then
 * `AWS_ENDPOINT_URL`; none when `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` is `true`. Read once, when
 * a client is made; a browser has no environment.
 */
export const configuredEndpoint = (
  serviceId: string,
  env: Record<string, string | undefined> | undefined = typeof process === "undefined" ? undefined : process.env,
): string | undefined => {
  if (!env || env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS?.toLowerCase() === "true") return undefined;
  const service = serviceId.toUpperCase().replace(/ /g, "_");
  return env[`AWS_ENDPOINT_URL_${service}`] || env.AWS_ENDPOINT_URL || undefined;
};
