// The public side of sähköinen yhteydenotto: a family sends a contact request without signing in.
// No session, so no secureAction: every request is counted against its address in the database
// (so all app instances share the limit), then validated with the form's own schema; a refusal of
// any kind (rate limit, honeypot, bad input, unknown municipality) stores nothing and is a typed
// result the form shows next to the fields, never a 500. Text is stored as plain text only: the
// schema refuses markup (< >) and control characters, and pages render it escaped.
import type { Db } from "../db/types.ts";
import { isUniqueViolation } from "../db/unique-violation.ts";
import { recordHit, type RateLimitRule } from "../security/rate-limit.ts";
import { fieldErrorsFromZod } from "../actions/field-errors.ts";
import { enqueueEmail } from "../email/outbox.ts";
import { contactConfirmationEmail } from "./confirmation-email.ts";
import { generateReferenceCode } from "./reference-code.ts";
import { contactFormSchema } from "./schema.ts";
import { servedMunicipality } from "./municipalities.ts";

/**
 * Sends per address and window. A family that corrects a few mistakes stays well inside it; a
 * script does not. CONTACT_RATE_LIMIT (sends per hour) overrides it, e.g. for a shared public
 * terminal network.
 */
export function contactRateLimit(): { limit: number; windowMs: number } {
  const fromEnv = Number(process.env.CONTACT_RATE_LIMIT);
  return { limit: Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 20, windowMs: 60 * 60_000 };
}

function rule(ip: string): RateLimitRule {
  return { key: `contact:ip:${ip}`, ...contactRateLimit() };
}

export interface PublicRequest {
  /** the client's address (lib/auth/client-ip.ts), used only as the rate-limit key, never stored with the request */
  ip: string;
  now?: Date;
}

export type SubmitContactResult =
  | { ok: true; referenceCode: string }
  | {
      ok: false;
      code: "RATE_LIMITED" | "VALIDATION" | "REJECTED" | "UNEXPECTED";
      /** message key under `errors.` */
      message: string;
      /** field path → message key */
      fieldErrors: Record<string, string>;
    };

const MESSAGE_BY_CODE = { RATE_LIMITED: "contactRateLimited", VALIDATION: "formHasErrors", REJECTED: "contactRejected", UNEXPECTED: "contactUnexpected" } as const;

export function refusedContact(code: Exclude<SubmitContactResult, { ok: true }>["code"], fieldErrors: Record<string, string> = {}): SubmitContactResult {
  return { ok: false, code, message: MESSAGE_BY_CODE[code], fieldErrors };
}

/** HTTP status for a result, for the route handler. */
export function statusOf(result: SubmitContactResult): number {
  if (result.ok) return 201;
  return { RATE_LIMITED: 429, VALIDATION: 400, REJECTED: 400, UNEXPECTED: 500 }[result.code];
}

/** Counts one attempt from the address (one atomic upsert, shared by all instances); true when over the limit. */
export async function overContactLimit(db: Db, ip: string, now = new Date()): Promise<boolean> {
  const r = rule(ip);
  return (await recordHit(db, r, now)) > r.limit;
}

export async function submitContactRequest(db: Db, rawInput: unknown, req: PublicRequest): Promise<SubmitContactResult> {
  const now = req.now ?? new Date();
  try {
    // Every attempt counts, valid or not.
    if (await overContactLimit(db, req.ip, now)) return refusedContact("RATE_LIMITED");

    // The honeypot: people never see it. Refused without saying why (and before any field hints).
    const honeypot = (rawInput as { website?: unknown } | null)?.website;
    if (honeypot !== undefined && honeypot !== "") return refusedContact("REJECTED");

    const parsed = contactFormSchema.safeParse(rawInput);
    if (!parsed.success) return refusedContact("VALIDATION", fieldErrorsFromZod(parsed.error));
    const v = parsed.data;

    const municipality = await db.municipality.findFirst({ where: { id: v.municipalityId, ...servedMunicipality }, select: { id: true } });
    if (!municipality) return refusedContact("VALIDATION", { municipalityId: "unknownMunicipality" });

    for (let attempt = 0; ; attempt++) {
      const referenceCode = generateReferenceCode();
      try {
        await db.$transaction(
          async (tx) => {
            await tx.contactRequest.create({
              data: {
                referenceCode,
                channel: "ELECTRONIC_CONTACT",
                municipalityId: municipality.id,
                childrenAges: v.childrenAges,
                message: v.message,
                contactPreference: v.contactPreference,
                phone: v.phone,
                email: v.email,
                contactTimes: v.contactTimes || null,
                language: v.language,
                interpreterNeeded: v.interpreterNeeded,
                interpreterLanguage: v.interpreterNeeded && v.interpreterLanguage ? v.interpreterLanguage : null,
                privacyAcknowledgedAt: now,
                createdAt: now,
              },
              select: { id: true },
            });
            // In the same transaction: a stored request always has its mail, a refused one none.
            if (v.email) await enqueueEmail(tx, contactConfirmationEmail(v.email, v.language, referenceCode));
          },
          { maxWait: 15_000, timeout: 20_000 },
        );
        return { ok: true, referenceCode };
      } catch (err) {
        const duplicateCode = isUniqueViolation(err);
        if (!duplicateCode || attempt >= 2) throw err;
      }
    }
  } catch (err) {
    console.error("[contact.submit] failed", err instanceof Error ? err.message : "unknown error");
    return refusedContact("UNEXPECTED");
  }
}
