import "server-only";
// TOTP secrets at rest: AES-256-GCM with a key derived by HKDF-SHA256 from AUTH_SECRET, a fresh
// 96-bit IV per value, and the purpose bound in as associated data. A database dump alone does not
// give the secrets away; rotating AUTH_SECRET makes every stored secret unreadable (users re-enrol).
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "./auth-secret.ts";

const VERSION = "v1";
const INFO = "yhteinen-aika totp-secret v1";

function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), "yhteinen-aika", INFO, 32));
}

export function encryptSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(INFO));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(":");
}

/** The plain secret, or null when the value was tampered with or made with another AUTH_SECRET. */
export function decryptSecret(stored: string): string | null {
  const [version, iv, tag, body] = stored.split(":");
  if (version !== VERSION || !iv || !tag || body === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(INFO));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
