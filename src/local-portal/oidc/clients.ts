import { oidcError } from "./errors.js";
import { opaque, sameSecret } from "./codes.js";
import { optionalString, optionalStringList, requiredString } from "./input.js";
import { GRANT_TYPES } from "./wire.js";

/** A client registered with RegisterClient. */
export interface RegisteredClient {
  clientId: string;
  clientSecret: string;
  clientName: string;
  scopes: string[];
  grantTypes: string[];
  redirectUris: string[];
  /** Epoch ms. */
  secretExpiresAt: number;
}

const KNOWN_GRANTS = new Set<string>(Object.values(GRANT_TYPES));

/** The registered clients, and the client check every other operation starts with. */
export class Clients {
  private clients = new Map<string, RegisteredClient>();

  /** RegisterClient: validates the input and answers the model's output, times in epoch seconds. */
  register(body: Record<string, unknown>, now: number, secretSeconds: number) {
    const clientName = requiredString(body, "clientName");
    const clientType = requiredString(body, "clientType");
    if (clientType.toLowerCase() !== "public") {
      throw oidcError(
        "InvalidClientMetadataException",
        `Invalid client metadata: unsupported clientType ${JSON.stringify(clientType)}`,
      );
    }
    const grantTypes = optionalStringList(body, "grantTypes") ?? [];
    const unknownGrant = grantTypes.find((grant) => !KNOWN_GRANTS.has(grant));
    if (unknownGrant !== undefined) throw oidcError("UnsupportedGrantTypeException", "Unsupported grant type");
    const redirectUris = optionalStringList(body, "redirectUris") ?? [];
    if (redirectUris.some((uri) => !isAbsoluteUrl(uri)))
      throw oidcError("InvalidRedirectUriException", "Invalid redirect URI");
    const issuerUrl = optionalString(body, "issuerUrl");
    if (issuerUrl !== undefined && !isAbsoluteUrl(issuerUrl))
      throw oidcError("InvalidRequestException", "Invalid request: issuerUrl is not a URL");

    const issuedAt = Math.floor(now / 1000);
    const client: RegisteredClient = {
      clientId: opaque("", 16),
      clientSecret: opaque("", 48),
      clientName,
      scopes: optionalStringList(body, "scopes") ?? [],
      grantTypes,
      redirectUris,
      secretExpiresAt: (issuedAt + secretSeconds) * 1000,
    };
    this.clients.set(client.clientId, client);
    return {
      clientId: client.clientId,
      clientSecret: client.clientSecret,
      clientIdIssuedAt: issuedAt,
      clientSecretExpiresAt: issuedAt + secretSeconds,
    };
  }

  /** The client for an id and secret; unknown, wrong or expired is 401 InvalidClientException. */
  authenticate(clientId: string, clientSecret: string, now: number): RegisteredClient {
    const client = this.clients.get(clientId);
    if (!client || !sameSecret(clientSecret, client.clientSecret))
      throw oidcError("InvalidClientException", "Invalid client");
    if (client.secretExpiresAt <= now) throw oidcError("InvalidClientException", "Client secret has expired");
    return client;
  }

  /** A client by id alone, for the browser flow where no secret travels. */
  find(clientId: string): RegisteredClient | undefined {
    return this.clients.get(clientId);
  }

  reset(): void {
    this.clients = new Map();
  }
}

function isAbsoluteUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
