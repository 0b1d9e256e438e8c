import type { Tx } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { auditChange } from "../audit/audit.ts";
import { AppError } from "../errors/app-error.ts";
import { isUniqueViolation } from "../db/unique-violation.ts";
import { generateReferenceCode } from "./reference-code.ts";
import type { PhoneContactValues } from "./schema.ts";

/**
 * A call to the one phone number (yksi puhelinnumero), recorded by the guidance worker who answered
 * it, in their own municipality: the request is theirs from the start (TAKEN). Advice given or
 * forwarded closes it at once; "keep" and "collaboration" leave it taken, for the request's page.
 */
export async function recordPhoneContact(tx: Tx, user: SessionUser, municipalityId: string, input: PhoneContactValues, now = new Date()): Promise<{ id: string; referenceCode: string }> {
  if (input.municipalityId !== municipalityId) throw new AppError("VALIDATION", { fieldErrors: { municipalityId: "unknownMunicipality" } });
  const closes = input.outcome === "ADVICE_GIVEN" || input.outcome === "FORWARDED";
  const referenceCode = generateReferenceCode();
  const exists = await tx.contactRequest.findUnique({ where: { referenceCode }, select: { id: true } });
  if (exists) throw new AppError("CONFLICT");
  try {
    const request = await tx.contactRequest.create({
      data: {
        referenceCode,
        channel: "PHONE",
        municipalityId,
        childrenAges: input.childrenAges,
        message: input.message,
        contactPreference: input.contactPreference,
        phone: input.phone,
        email: input.email,
        contactTimes: input.contactTimes || null,
        language: input.language,
        interpreterNeeded: input.interpreterNeeded,
        interpreterLanguage: input.interpreterNeeded && input.interpreterLanguage ? input.interpreterLanguage : null,
        status: closes ? "CLOSED" : "TAKEN",
        takenById: user.id,
        takenAt: now,
        outcome: closes ? (input.outcome as "ADVICE_GIVEN" | "FORWARDED") : null,
        forwardedTo: input.outcome === "FORWARDED" ? input.forwardedTo : null,
        outcomeNote: closes && input.outcomeNote ? input.outcomeNote : null,
        closedAt: closes ? now : null,
        createdAt: now,
      },
      select: { id: true },
    });
    await auditChange(tx, "contactRequest.phone.record", {
      actorId: user.id,
      objectType: "ContactRequest",
      objectId: request.id,
      details: { outcome: input.outcome },
    });
    return { id: request.id, referenceCode };
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("CONFLICT");
    throw err;
  }
}
