import { CredentialsProviderError } from "../../credentials/CredentialsProviderError.js";
import type { Environment } from "../../credentials/paths.js";
import {
  loginHint,
  readConfigSections,
  readSsoProfile,
  sessionFromSections,
  type SsoProfileSettings,
} from "../../credentials/ssoProfile.js";
import { CliError } from "../../util/args/index.js";
import type { SigninArguments } from "./arguments.js";

/** The session to sign in to, and the hint for "sign in again" messages. */
export interface SigninTarget extends SsoProfileSettings {
  hint: string;
}

/** `--profile`, `--sso-session`, `--start-url` + `--region`, else the AWS_PROFILE (or "default") profile. */
export async function resolveTarget(args: SigninArguments, env: Environment): Promise<SigninTarget> {
  try {
    if (args.ssoSession) {
      const { sections, path } = await readConfigSections(env);
      return {
        profile: "",
        ...sessionFromSections(sections, args.ssoSession, path),
        hint: loginHint({ ssoSession: args.ssoSession }),
      };
    }
    if (args.startUrl && args.region) {
      return {
        profile: "",
        startUrl: args.startUrl,
        region: args.region,
        hint: `run "client-sso login --start-url ${args.startUrl} --region ${args.region}"`,
      };
    }
    const profile = await readSsoProfile(args.profile, env);
    return { ...profile, hint: loginHint({ profile: profile.profile }) };
  } catch (error) {
    if (error instanceof CredentialsProviderError) throw new CliError(error.message);
    throw error;
  }
}

/** The scopes a login registers for: the session's, or `sso:account:access` for an sso-session (as the AWS CLI). */
export const scopesFor = (target: SigninTarget): string[] | undefined =>
  target.scopes ?? (target.ssoSession ? ["sso:account:access"] : undefined);
