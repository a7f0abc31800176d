import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const VERSION = 1;
const MAC_BYTES = 16;

/**
 * Opaque `nextToken`s: base64url of a version byte, the offset of the next item and an HMAC
 * over the offset and the listing it belongs to (user and, for roles, account). The secret
 * is per server, so a client can neither forge a token, reuse one for another listing, nor
 * carry one over to another emulator.
 */
export class PageTokens {
  constructor(private readonly secret: Buffer = randomBytes(32)) {}

  seal(scope: string, offset: number): string {
    const head = Buffer.alloc(5);
    head.writeUInt8(VERSION, 0);
    head.writeUInt32BE(offset, 1);
    return Buffer.concat([head, this.mac(scope, head)]).toString("base64url");
  }

  /** The offset a token stands for, or undefined when it is garbled, forged or foreign. */
  open(scope: string, token: string): number | undefined {
    const bytes = Buffer.from(token, "base64url");
    if (bytes.length !== 5 + MAC_BYTES || bytes.readUInt8(0) !== VERSION) return undefined;
    // Round-trip check: Buffer.from ignores characters outside the alphabet.
    if (bytes.toString("base64url") !== token) return undefined;
    const head = bytes.subarray(0, 5);
    if (!timingSafeEqual(bytes.subarray(5), this.mac(scope, head))) return undefined;
    return head.readUInt32BE(1);
  }

  private mac(scope: string, head: Buffer): Buffer {
    return createHmac("sha256", this.secret).update(head).update(scope).digest().subarray(0, MAC_BYTES);
  }
}
