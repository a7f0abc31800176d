import type { HttpHandlerExtensionConfiguration } from "@smithy/protocol-http";
import type { DefaultExtensionConfiguration } from "@smithy/types";

import type { RegionExtensionConfiguration } from "./config/region/regionExtensionConfiguration.js";

/** What an extension's `configure(config)` may read and replace: HTTP handler, retry strategy, region. */
export interface SSOExtensionConfiguration
  extends HttpHandlerExtensionConfiguration, DefaultExtensionConfiguration, RegionExtensionConfiguration {}
