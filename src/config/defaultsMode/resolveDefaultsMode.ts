import type { ResolvedDefaultsMode } from "@smithy/smithy-client";
import type { Provider } from "@smithy/types";

import { type DefaultsModeInput, once, readDefaultsMode } from "./defaultsModes.js";

export interface NodeDefaultsModeOptions {
  defaultsMode: DefaultsModeInput;
  /** The client's region (or where it would be read from), compared with where the code runs. */
  region: string | Provider<string | undefined> | undefined;
}

/**
 * `auto` on Node.js: `in-region` when the code runs (per `AWS_EXECUTION_ENV` with `AWS_REGION`
 * or `AWS_DEFAULT_REGION`) in the client's region, `cross-region` when elsewhere, else
 * `standard`. Unlike the original, the EC2 instance metadata service is never asked.
 */
const autoOnNode = async (region: NodeDefaultsModeOptions["region"]): Promise<ResolvedDefaultsMode> => {
  const clientRegion = typeof region === "function" ? await region().catch(() => undefined) : region;
  const { AWS_EXECUTION_ENV, AWS_REGION, AWS_DEFAULT_REGION } = process.env;
  const hostRegion = AWS_EXECUTION_ENV ? AWS_REGION || AWS_DEFAULT_REGION : undefined;
  if (!clientRegion || !hostRegion) return "standard";
  return clientRegion === hostRegion ? "in-region" : "cross-region";
};

/** The defaults mode on Node.js, decided on first use. */
export const resolveDefaultsMode = ({
  defaultsMode,
  region,
}: NodeDefaultsModeOptions): Provider<ResolvedDefaultsMode> =>
  once(async () => {
    const mode = await readDefaultsMode(defaultsMode);
    return mode === "auto" ? autoOnNode(region) : mode;
  });
