import { platform, release } from "node:os";

import type { Provider, UserAgent, UserAgentPair } from "@smithy/types";

import { PACKAGE_NAME } from "../../version.js";

/** What identifies the client in its user agent. */
export interface DefaultUserAgentOptions {
  serviceId?: string;
  clientVersion: string;
}

// Deno, Bun and LLRT also answer to `process.versions`; name the runtime actually running.
const runtimePair = (): UserAgentPair => {
  for (const runtime of ["deno", "bun", "llrt"]) {
    const version = process.versions[runtime];
    if (version) return [`md/${runtime}`, version];
  }
  return ["md/nodejs", process.versions.node];
};

/**
 * The Node.js user agent sections: this package and version, the user agent format (`ua/2.1`),
 * the OS and its release, the language, the runtime, the service, and the Lambda-style
 * execution environment (`AWS_EXECUTION_ENV`) when there is one. Worked out once per client.
 */
export const createDefaultUserAgentProvider = ({
  serviceId,
  clientVersion,
}: DefaultUserAgentOptions): Provider<UserAgent> => {
  let sections: Promise<UserAgent> | undefined;
  return () =>
    // Built once; a throw while building rejects the promise, as an async function's would.
    (sections ??= new Promise<UserAgent>((resolve) => {
      const pairs: UserAgent = [
        [PACKAGE_NAME, clientVersion],
        ["ua", "2.1"],
        [`os/${platform()}`, release()],
        ["lang/js"],
        runtimePair(),
      ];
      if (serviceId) pairs.push([`api/${serviceId}`, clientVersion]);
      const executionEnvironment = process.env.AWS_EXECUTION_ENV;
      if (executionEnvironment) pairs.push([`exec-env/${executionEnvironment}`]);
      resolve(pairs);
    }));
};
