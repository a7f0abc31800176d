import type { Directory } from "../directory.js";
import { AuthCodeFlow } from "./authCodeFlow.js";
import { Clients } from "./clients.js";
import { DeviceFlow } from "./deviceFlow.js";
import { oidcError } from "./errors.js";
import { optionalString, requiredString } from "./input.js";
import type { OidcSettings } from "./options.js";
import { Sessions, type TokenOutput } from "./sessions.js";
import { GRANT_TYPES, PAGE_PATHS } from "./wire.js";

/** The sign-in side of a portal: the three OIDC operations and what the approval pages need. */
export class OidcService {
  readonly clients = new Clients();
  readonly devices = new DeviceFlow();
  readonly authCodes = new AuthCodeFlow();
  readonly sessions: Sessions;
  /** The server's base URL; set once it listens, since the verification URI points at it. */
  endpoint = "";

  constructor(
    readonly directory: Directory,
    readonly settings: OidcSettings,
  ) {
    this.sessions = new Sessions(directory);
    directory.onRevoke = (accessToken) => this.sessions.endByAccessToken(accessToken);
  }

  /** Start URLs accepted by StartDeviceAuthorization. */
  get startUrls(): string[] {
    const configured = this.settings.startUrls;
    return configured && configured.length > 0 ? configured : [this.endpoint + PAGE_PATHS.start];
  }

  get userIds(): string[] {
    return this.directory.fixture.users.map((user) => user.userId);
  }

  RegisterClient(body: Record<string, unknown>, now: number) {
    return this.clients.register(body, now, this.settings.clientSecretSeconds);
  }

  StartDeviceAuthorization(body: Record<string, unknown>, now: number) {
    const client = this.clients.authenticate(
      requiredString(body, "clientId"),
      requiredString(body, "clientSecret"),
      now,
    );
    const startUrl = requiredString(body, "startUrl");
    const accepted = this.startUrls;
    if (!accepted.includes("*") && !accepted.includes(startUrl)) {
      throw oidcError(
        "InvalidRequestException",
        `Invalid request: unknown startUrl; this emulator answers for ${accepted.join(", ")}`,
      );
    }
    const { device, output } = this.devices.start(
      client,
      startUrl,
      now,
      this.settings,
      this.endpoint + PAGE_PATHS.device,
    );
    if (this.settings.autoApprove !== undefined) this.devices.approve(device.userCode, this.settings.autoApprove, now);
    return output;
  }

  CreateToken(body: Record<string, unknown>, now: number): TokenOutput {
    const clientId = requiredString(body, "clientId");
    const clientSecret = requiredString(body, "clientSecret");
    const grantType = requiredString(body, "grantType");
    const client = this.clients.authenticate(clientId, clientSecret, now);
    switch (grantType) {
      case GRANT_TYPES.deviceCode: {
        const { userId } = this.devices.redeem(client, requiredString(body, "deviceCode"), now);
        return this.sessions.start(client, userId, client.scopes, now, this.settings);
      }
      case GRANT_TYPES.refreshToken:
        return this.sessions.refresh(client, requiredString(body, "refreshToken"), now, this.settings);
      case GRANT_TYPES.authorizationCode: {
        const code = requiredString(body, "code");
        const { userId, scopes } = this.authCodes.redeem(
          client,
          code,
          optionalString(body, "redirectUri"),
          optionalString(body, "codeVerifier"),
          now,
        );
        return this.sessions.start(client, userId, scopes, now, this.settings);
      }
      default:
        throw oidcError("UnsupportedGrantTypeException", "Unsupported grant type");
    }
  }

  /** The test API and the device page: approve a user code as a fixture user. */
  approveDevice(userCode: string, userId: string, now: number): void {
    this.requireUser(userId);
    this.devices.approve(userCode, userId, now);
  }

  denyDevice(userCode: string, now: number): void {
    this.devices.deny(userCode, now);
  }

  requireUser(userId: string): void {
    if (!this.userIds.includes(userId)) throw new Error(`no user ${JSON.stringify(userId)} in the fixture`);
  }

  reset(): void {
    this.clients.reset();
    this.devices.reset();
    this.authCodes.reset();
    this.sessions.reset();
  }
}
