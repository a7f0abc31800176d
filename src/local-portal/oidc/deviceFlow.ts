import { newUserCode, normalizeUserCode, opaque } from "./codes.js";
import { oidcError } from "./errors.js";
import type { RegisteredClient } from "./clients.js";

const SWEEP_AT = 1000;
/** Timers and clocks disagree by a millisecond or so; a poll that early still counts as on time. */
const TIMER_SLACK_MS = 25;
const SLOW_DOWN_STEP_MS = 5000;

type DeviceStatus = "pending" | "approved" | "denied" | "redeemed";

/** One StartDeviceAuthorization and what became of it. */
export interface DeviceAuthorization {
  deviceCode: string;
  userCode: string;
  clientId: string;
  clientName: string;
  startUrl: string;
  /** Epoch ms. */
  expiresAt: number;
  intervalMs: number;
  status: DeviceStatus;
  userId?: string;
  lastPollAt?: number;
  /** The one too-early poll forgiven (the AWS CLI polls again at once after its first). */
  earlyPollForgiven: boolean;
}

export interface DeviceTiming {
  deviceCodeSeconds: number;
  deviceCodeIntervalSeconds: number;
}

/** The device authorization grant (RFC 8628) as the service runs it. */
export class DeviceFlow {
  private byDeviceCode = new Map<string, DeviceAuthorization>();
  private byUserCode = new Map<string, DeviceAuthorization>();

  start(client: RegisteredClient, startUrl: string, now: number, timing: DeviceTiming, verificationUri: string) {
    // A long-running emulator forgets dead codes now and then instead of keeping every one.
    if (this.byDeviceCode.size >= SWEEP_AT) this.sweep(now);
    let userCode = newUserCode();
    while (this.byUserCode.has(userCode)) userCode = newUserCode();
    const device: DeviceAuthorization = {
      deviceCode: opaque("", 64),
      userCode,
      clientId: client.clientId,
      clientName: client.clientName,
      startUrl,
      expiresAt: now + timing.deviceCodeSeconds * 1000,
      intervalMs: timing.deviceCodeIntervalSeconds * 1000,
      status: "pending",
      earlyPollForgiven: false,
    };
    this.byDeviceCode.set(device.deviceCode, device);
    this.byUserCode.set(userCode, device);
    return {
      device,
      output: {
        deviceCode: device.deviceCode,
        userCode,
        verificationUri,
        verificationUriComplete: `${verificationUri}?user_code=${userCode}`,
        expiresIn: timing.deviceCodeSeconds,
        interval: timing.deviceCodeIntervalSeconds,
      },
    };
  }

  /**
   * A CreateToken poll with a device code: the approving user once approved (and the code is
   * used up), else the error the service sends for the code's state and the poll's timing.
   */
  redeem(client: RegisteredClient, deviceCode: string, now: number): { userId: string } {
    const device = this.byDeviceCode.get(deviceCode);
    if (!device || device.clientId !== client.clientId || device.status === "redeemed") {
      throw oidcError("InvalidGrantException", "Invalid device code provided");
    }
    if (device.expiresAt <= now) throw oidcError("ExpiredTokenException", "Device code has expired");
    if (device.status === "denied") throw oidcError("AccessDeniedException", "Access denied");
    if (device.status === "approved") {
      device.status = "redeemed";
      return { userId: device.userId! };
    }
    const previous = device.lastPollAt;
    device.lastPollAt = now;
    if (previous !== undefined && now - previous + TIMER_SLACK_MS < device.intervalMs) {
      if (device.earlyPollForgiven) {
        // RFC 8628 §3.5: after slow_down the client adds 5 seconds, for this and every later poll.
        device.intervalMs += SLOW_DOWN_STEP_MS;
        throw oidcError("SlowDownException", "Client is polling too quickly");
      }
      device.earlyPollForgiven = true;
    }
    throw oidcError("AuthorizationPendingException", "Authorization is still pending");
  }

  /** The pending authorization a user code names, or why there is none. */
  pending(typedUserCode: string, now: number): DeviceAuthorization {
    const device = this.byUserCode.get(normalizeUserCode(typedUserCode));
    if (!device) throw new Error(`no device authorization has the user code ${JSON.stringify(typedUserCode)}`);
    if (device.expiresAt <= now) throw new Error(`the user code ${device.userCode} has expired`);
    if (device.status !== "pending")
      throw new Error(
        `the user code ${device.userCode} was already ${device.status === "denied" ? "denied" : "approved"}`,
      );
    return device;
  }

  approve(typedUserCode: string, userId: string, now: number): DeviceAuthorization {
    const device = this.pending(typedUserCode, now);
    device.status = "approved";
    device.userId = userId;
    return device;
  }

  deny(typedUserCode: string, now: number): DeviceAuthorization {
    const device = this.pending(typedUserCode, now);
    device.status = "denied";
    return device;
  }

  private sweep(now: number): void {
    for (const device of this.byDeviceCode.values()) {
      if (device.expiresAt <= now || device.status === "redeemed") {
        this.byDeviceCode.delete(device.deviceCode);
        this.byUserCode.delete(device.userCode);
      }
    }
  }

  reset(): void {
    this.byDeviceCode = new Map();
    this.byUserCode = new Map();
  }
}
