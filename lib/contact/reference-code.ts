// The reference code a family gets for its contact request (e.g. "YA-7K3M-Q9TZ"), to name the
// request when they call. Not a secret and not a credential: it opens nothing. 8 characters of
// Crockford's base 32 from the CSPRNG (40 bits), so codes are practically never repeated; the unique
// constraint catches the rare repeat and the caller retries.
import { randomBytes } from "node:crypto";
import { CODE_ALPHABET } from "../feedback/codes.ts";

export const REFERENCE_CODE_PATTERN = /^YA-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

export function generateReferenceCode(): string {
  const bytes = randomBytes(8);
  let s = "";
  for (const b of bytes) s += CODE_ALPHABET[b & 31];
  return `YA-${s.slice(0, 4)}-${s.slice(4)}`;
}

export function isReferenceCode(value: unknown): value is string {
  return typeof value === "string" && REFERENCE_CODE_PATTERN.test(value);
}
