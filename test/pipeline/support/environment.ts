import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Every variable the client reads; tests start with none of them set.
const CLIENT_VARIABLES = [
  "AWS_PROFILE",
  "AWS_REGION",
  "AWS_DEFAULT_REGION",
  "AWS_MAX_ATTEMPTS",
  "AWS_RETRY_MODE",
  "AWS_SDK_UA_APP_ID",
  "AWS_DEFAULTS_MODE",
  "AWS_EXECUTION_ENV",
  "AWS_LAMBDA_FUNCTION_NAME",
  "_X_AMZN_TRACE_ID",
  "AWS_USE_FIPS_ENDPOINT",
  "AWS_USE_DUALSTACK_ENDPOINT",
  "AWS_EC2_METADATA_DISABLED",
];

/**
 * Runs each test with the client's variables unset and the shared config files pointed at an
 * empty temporary folder (never the real ~/.aws); `writeConfigFile` fills the config file in.
 */
export const isolatedEnvironment = () => {
  let saved: NodeJS.ProcessEnv = {};
  let folder = "";
  return {
    setUp() {
      saved = { ...process.env };
      for (const name of CLIENT_VARIABLES) delete process.env[name];
      folder = mkdtempSync(join(tmpdir(), "client-sso-pipeline-"));
      process.env.AWS_CONFIG_FILE = join(folder, "config");
      process.env.AWS_SHARED_CREDENTIALS_FILE = join(folder, "credentials");
    },
    tearDown() {
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
      Object.assign(process.env, saved);
      rmSync(folder, { recursive: true, force: true });
    },
    writeConfigFile(text: string) {
      writeFileSync(process.env.AWS_CONFIG_FILE!, text);
    },
  };
};
