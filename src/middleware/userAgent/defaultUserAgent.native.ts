import type { Provider, UserAgent } from "@smithy/types";

import { PACKAGE_NAME } from "../../version.js";
import type { DefaultUserAgentOptions } from "./defaultUserAgent.js";

/** The React Native user agent sections: no OS or engine details are available there. */
export const createDefaultUserAgentProvider = ({
  serviceId,
  clientVersion,
}: DefaultUserAgentOptions): Provider<UserAgent> => {
  const pairs: UserAgent = [[PACKAGE_NAME, clientVersion], ["ua", "2.1"], ["os/other"], ["lang/js"], ["md/rn"]];
  if (serviceId) pairs.push([`api/${serviceId}`, clientVersion]);
  const sections = Promise.resolve(pairs);
  return () => sections;
};
