// Shared zod building blocks for untrusted text. They run in the browser (react-hook-form) and again
// on the server, with the same message keys (errors.<key>).
import { z } from "zod";

// Bidi overrides, zero-width and other invisible/control characters are never legitimate in names.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/u;
const NAME = /^\p{L}[\p{L}\p{M}' .\-]*$/u;

function clean(value: string): string {
  return value.normalize("NFC").trim().replace(/\s+/g, " ");
}

/** A person's name: letters (any script), spaces, hyphen, apostrophe, period. */
export function personName(max = 60) {
  return z
    .string({ error: "required" })
    .transform(clean)
    .pipe(
      z
        .string()
        .min(1, "required")
        .max(max, `tooLong:${max}`)
        .refine((v) => !INVISIBLE.test(v) && NAME.test(v), "invalidName"),
    );
}

/** Free text typed by a worker: no markup, no control characters; stored as plain text. */
export function plainText(max: number, opts: { required?: boolean } = {}) {
  const base = z
    .string()
    .max(max, `tooLong:${max}`)
    .refine((v) => !/[<>]/.test(v) && !INVISIBLE.test(v.replace(/[\n\r\t]/g, "")), "invalidText");
  const trimmed = z.string({ error: "required" }).transform((v) => v.normalize("NFC").trim());
  return opts.required ? trimmed.pipe(base.min(1, "required")) : trimmed.pipe(base);
}

/** Optional e-mail: empty string means none. */
export const optionalEmail = z
  .string()
  .transform((v) => v.trim())
  .pipe(z.union([z.literal(""), z.email("invalidEmail").max(254, "tooLong:254")]))
  .transform((v) => (v === "" ? null : v.toLowerCase()));

/** Optional Finnish or international phone number: digits, spaces, +, -, (). */
export const optionalPhone = z
  .string()
  .transform((v) => v.trim())
  .pipe(z.union([z.literal(""), z.string().max(20, "tooLong:20").regex(/^\+?[0-9][0-9 ()-]{4,18}[0-9]$/, "invalidPhone")]))
  .transform((v) => (v === "" ? null : v));
