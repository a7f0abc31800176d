import { usageError } from "../CliError.js";

/** The options of `login`, `credentials` and `logout`; each command accepts its own subset. */
export interface SigninArguments {
  help: boolean;
  profile?: string;
  ssoSession?: string;
  startUrl?: string;
  region?: string;
  endpointUrl?: string;
  noBrowser: boolean;
  useDeviceCode: boolean;
  all: boolean;
}

type ValueFlag = "--profile" | "--sso-session" | "--start-url" | "--region" | "--endpoint-url";
type SwitchFlag = "--no-browser" | "--use-device-code" | "--all";

const VALUE_FLAGS: Record<ValueFlag, keyof SigninArguments> = {
  "--profile": "profile",
  "--sso-session": "ssoSession",
  "--start-url": "startUrl",
  "--region": "region",
  "--endpoint-url": "endpointUrl",
};
const SWITCH_FLAGS: Record<SwitchFlag, keyof SigninArguments> = {
  "--no-browser": "noBrowser",
  "--use-device-code": "useDeviceCode",
  "--all": "all",
};

/** Which flags each command takes. */
export const COMMAND_FLAGS = {
  login: [
    "--profile",
    "--sso-session",
    "--start-url",
    "--region",
    "--endpoint-url",
    "--no-browser",
    "--use-device-code",
  ],
  credentials: ["--profile", "--endpoint-url"],
  logout: ["--profile", "--all", "--endpoint-url"],
} as const;

export type SigninCommand = keyof typeof COMMAND_FLAGS;

/**
 * Parses `--flag value` and `--flag=value`. An unknown argument is not echoed back: it may be a
 * token pasted in the wrong place.
 */
export function parseSigninArguments(command: SigninCommand, argv: string[]): SigninArguments {
  const args: SigninArguments = { help: false, noBrowser: false, useDeviceCode: false, all: false };
  const accepted = new Set<string>(COMMAND_FLAGS[command]);
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    if (raw === "-h" || raw === "--help") {
      args.help = true;
      continue;
    }
    const equals = raw.indexOf("=");
    const flag = raw.startsWith("--") && equals > 0 ? raw.slice(0, equals) : raw;
    if (!accepted.has(flag)) {
      throw usageError(
        raw.startsWith("--") && /^--[a-z-]{1,30}$/.test(flag)
          ? `unknown option ${flag} for "${command}"`
          : `unexpected argument for "${command}"`,
      );
    }
    if (flag in SWITCH_FLAGS) {
      if (equals > 0 && raw.startsWith("--")) throw usageError(`${flag} takes no value`);
      (args as unknown as Record<string, unknown>)[SWITCH_FLAGS[flag as SwitchFlag]] = true;
      continue;
    }
    const value = equals > 0 ? raw.slice(equals + 1) : argv[++i];
    if (value === undefined || value === "") throw usageError(`${flag} needs a value`);
    const key = VALUE_FLAGS[flag as ValueFlag];
    if ((args as unknown as Record<string, unknown>)[key] !== undefined) throw usageError(`${flag} given twice`);
    (args as unknown as Record<string, unknown>)[key] = value;
  }
  if (command === "login") {
    const sources = [args.profile, args.ssoSession, args.startUrl].filter((value) => value !== undefined).length;
    if (sources > 1) throw usageError("give one of --profile, --sso-session or --start-url");
    if ((args.startUrl === undefined) !== (args.region === undefined))
      throw usageError("--start-url and --region go together");
  }
  if (command === "logout" && args.all && args.profile !== undefined)
    throw usageError("give --profile or --all, not both");
  if (args.endpointUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(args.endpointUrl)) {
    throw usageError("--endpoint-url must be an http:// or https:// URL");
  }
  return args;
}
