import type { Provider } from "@smithy/types";

import { nodeSetting, type NodeSettingsLoader } from "./nodeSetting.js";
import { configSection, sharedProfileFor, valueOf } from "./sharedConfigFiles.js";

const flag = (text: string): boolean => {
  if (text === "true") return true;
  if (text === "false") return false;
  throw new Error(`expected "true" or "false", got ${JSON.stringify(text)}`);
};

/**
 * The service-specific endpoint the environment or the shared config file configures, as the AWS
 * SDK finds it: `AWS_ENDPOINT_URL_<SERVICE>`, then `AWS_ENDPOINT_URL`, then the profile's
 * `services` section (`<service> =` with an indented `endpoint_url = …`), then the profile's own
 * `endpoint_url`; none at all when `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` (or the profile's
 * `ignore_configured_endpoint_urls`) is `true`. Used only when the client was given no `endpoint`.
 */
export const nodeConfiguredEndpoint = (loader: NodeSettingsLoader, serviceId: string): Provider<string | undefined> => {
  const ignore = nodeSetting(
    {
      environmentVariable: "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
      configFileKeys: ["ignore_configured_endpoint_urls"],
      parse: flag,
    },
    loader,
    () => false,
  );
  const words = serviceId.split(" ");
  const environmentVariable = ["AWS_ENDPOINT_URL", ...words.map((word) => word.toUpperCase())].join("_");
  const servicesKey = `${words.map((word) => word.toLowerCase()).join("_")}.endpoint_url`;
  const load = async (): Promise<string | undefined> => {
    if (await ignore()) return undefined;
    const fromEnvironment = process.env[environmentVariable] || process.env.AWS_ENDPOINT_URL;
    if (fromEnvironment) return fromEnvironment;
    const profile = await sharedProfileFor(loader);
    // The config file's value over the credentials file's, as for every profile setting.
    const setting = (key: string) => valueOf(profile.config, key) ?? valueOf(profile.credentials, key);
    const services = setting("services");
    if (services) {
      const section = configSection(profile, `services.${services}`);
      if (!section) {
        // The SDK then skips the profile's endpoint_url too: the whole file source fails.
        loader.logger?.debug?.(
          `The services section "${services}" named by the profile is not in the shared config file.`,
        );
        return undefined;
      }
      const fromServices = valueOf(section, servicesKey);
      if (fromServices) return fromServices;
    }
    return setting("endpoint_url") || undefined;
  };
  let value: Promise<string | undefined> | undefined;
  return () => (value ??= load());
};
