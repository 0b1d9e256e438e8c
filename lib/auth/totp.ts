// TOTP as authenticator apps expect it (RFC 6238): SHA1, 6 digits, 30-second steps, one step of
// clock drift either way. The accepted step is returned so a code cannot be used twice.
import { Secret, TOTP } from "otpauth";

export const TOTP_PERIOD_S = 30;
const ISSUER = "Yhteinen aika";

function totp(secretBase32: string, label = "") {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: TOTP_PERIOD_S, secret: Secret.fromBase32(secretBase32) });
}

/** A new random 160-bit secret, base32 (what the user types into an app by hand). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address the QR code carries. */
export function totpUri(secretBase32: string, accountName: string): string {
  return totp(secretBase32, accountName).toString();
}

/** Groups of four, easier to type: "ABCD EFGH …". */
export function formatSecret(secretBase32: string): string {
  return secretBase32.replace(/(.{4})/g, "$1 ").trim();
}

export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_S);
}

/** The time step the code belongs to (within ±1 step of now), or null for a wrong code. */
export function matchTotp(secretBase32: string, code: string, now: Date): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secretBase32).validate({ token, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : totpStep(now) + delta;
}
