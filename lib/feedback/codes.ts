// The short code in a feedback link (/p/<code>), also shown in large type so it can be typed by
// hand. 10 characters of Crockford's base 32 (digits and capitals without I, L, O and U) = 50 random
// bits from the operating system's CSPRNG. Reading is forgiving: case, spaces and hyphens do not
// matter, and the letters people mistake for digits (O, I, L) are read as 0 and 1.
// The database keeps only the SHA-256 hash of the canonical code.
import { createHash, randomBytes } from "node:crypto";

export const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CODE_LENGTH = 10;
/** log2(32) × 10 */
export const CODE_BITS = CODE_LENGTH * Math.log2(CODE_ALPHABET.length);

/** A fresh code: each character from 5 random bits (32 is a power of two, so there is no bias). */
export function generateFeedbackCode(): string {
  const bytes = randomBytes(CODE_LENGTH);
  let code = "";
  for (const b of bytes) code += CODE_ALPHABET[b & 31];
  return code;
}

/** The canonical code for user input, or null when it cannot be a code at all. */
export function normalizeFeedbackCode(input: string): string | null {
  if (typeof input !== "string" || input.length > 40) return null;
  const code = input
    .toUpperCase()
    .replace(/[\s\-_.]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (code.length !== CODE_LENGTH) return null;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return null;
  return code;
}

/** "ABCDE-FGHJK": easier to read aloud and to type than ten characters in a row. */
export function formatFeedbackCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** SHA-256 hex of the canonical code (the input is normalised first, so any typing of it matches). */
export function hashFeedbackCode(code: string): string {
  const canonical = normalizeFeedbackCode(code) ?? code;
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}
