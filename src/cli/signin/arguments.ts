import { type FlagSpec, httpUrlFlag, parseFlags, regionFlag, usageError } from "../../util/args/index.js";

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

/** Every flag of the sign-in commands, in the shared parser's terms. */
const SIGNIN_FLAGS = {
  profile: { type: "string" },
  "sso-session": { type: "string" },
  "start-url": { type: "string" },
  region: { type: "string" },
  "endpoint-url": { type: "string" },
  "no-browser": { type: "boolean" },
  "use-device-code": { type: "boolean" },
  all: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const satisfies Record<string, FlagSpec>;

type SigninFlag = keyof typeof SIGNIN_FLAGS;

/** Which flags each command takes (`--help` and `-h` besides). */
export const COMMAND_FLAGS = {
  login: ["profile", "sso-session", "start-url", "region", "endpoint-url", "no-browser", "use-device-code"],
  credentials: ["profile", "endpoint-url"],
  logout: ["profile", "all", "endpoint-url"],
} as const satisfies Record<string, readonly SigninFlag[]>;

export type SigninCommand = keyof typeof COMMAND_FLAGS;

/** What an `--endpoint-url` looks like, for its usage error: OIDC for `login`, the portal for the others. */
const URL_EXAMPLES: Record<SigninCommand, string> = {
  login: "https://oidc.us-east-1.amazonaws.com",
  credentials: "https://portal.sso.us-east-1.amazonaws.com",
  logout: "https://portal.sso.us-east-1.amazonaws.com",
};

/**
 * Parses a sign-in command's flags with the parser `roles` and the emulator use: a flag of
 * another command is an unknown option, and nothing given is echoed back (it may be a token
 * pasted in the wrong place).
 */
export function parseSigninArguments(command: SigninCommand, argv: string[]): SigninArguments {
  const spec: Record<string, FlagSpec> = { help: SIGNIN_FLAGS.help };
  for (const flag of COMMAND_FLAGS[command]) spec[flag] = SIGNIN_FLAGS[flag];
  // Only the command's subset is parsed: the other flags stay undefined.
  const { values } = parseFlags(argv, spec as typeof SIGNIN_FLAGS);
  const args: SigninArguments = {
    help: values.help ?? false,
    profile: values.profile,
    ssoSession: values["sso-session"],
    startUrl: values["start-url"],
    region: regionFlag(values.region, "--region"),
    endpointUrl: httpUrlFlag(values["endpoint-url"], "--endpoint-url", URL_EXAMPLES[command]),
    noBrowser: values["no-browser"] ?? false,
    useDeviceCode: values["use-device-code"] ?? false,
    all: values.all ?? false,
  };
  if (args.help) return args;
  if (command === "login") {
    const sources = [args.profile, args.ssoSession, args.startUrl].filter((value) => value !== undefined).length;
    if (sources > 1) throw usageError("give one of --profile, --sso-session or --start-url");
    if ((args.startUrl === undefined) !== (args.region === undefined))
      throw usageError("--start-url and --region go together");
  }
  if (command === "logout" && args.all && args.profile !== undefined)
    throw usageError("give --profile or --all, not both");
  return args;
}
