import type { Tx } from "../db/types.ts";
import { auditChange } from "../audit/audit.ts";
import { AppError } from "../errors/app-error.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { RecordConsent } from "./schema.ts";

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Records one guardian's consent. A newer consent replaces the guardian's earlier one (which is
 * closed, not deleted, so the history shows what was agreed when).
 */
export async function recordConsent(tx: Tx, user: SessionUser, input: RecordConsent, now = new Date()): Promise<{ id: string }> {
  const collaboration = await tx.collaboration.findUniqueOrThrow({ where: { id: input.collaborationId }, select: { familyId: true } });
  const guardian = await tx.guardian.findFirst({ where: { id: input.guardianId, familyId: collaboration.familyId }, select: { id: true } });
  if (!guardian) throw new AppError("VALIDATION", { fieldErrors: { guardianId: "guardianNotInFamily" } });
  if (asDate(input.givenOn).getTime() > now.getTime() + 24 * 3600 * 1000) throw new AppError("VALIDATION", { fieldErrors: { givenOn: "dateInFuture" } });
  if (input.recipientUserIds.length > 0) {
    const found = await tx.user.count({ where: { id: { in: input.recipientUserIds }, active: true } });
    if (found !== new Set(input.recipientUserIds).size) throw new AppError("VALIDATION", { fieldErrors: { recipientUserIds: "invalidChoice" } });
  }
  await tx.consent.updateMany({
    where: { collaborationId: input.collaborationId, guardianId: guardian.id, withdrawnAt: null },
    data: { withdrawnAt: now, withdrawnById: user.id },
  });
  const consent = await tx.consent.create({
    data: {
      collaborationId: input.collaborationId,
      guardianId: guardian.id,
      method: input.method,
      givenOn: asDate(input.givenOn),
      validUntil: input.validUntil === "" ? null : asDate(input.validUntil),
      invitableExpertise: input.invitableExpertise,
      mayShareInformation: input.mayShareInformation,
      recordedById: user.id,
      recipients: {
        create: [
          ...[...new Set(input.recipientUserIds)].map((userId) => ({ userId })),
          ...(input.recipientDescription ? [{ description: input.recipientDescription }] : []),
        ],
      },
    },
    select: { id: true },
  });
  await auditChange(tx, "consent.record", {
    actorId: user.id,
    objectType: "Consent",
    objectId: consent.id,
    familyId: collaboration.familyId,
    collaborationId: input.collaborationId,
  });
  return consent;
}

/** Withdrawal takes effect at once: every later invitation or share checks validity again. */
export async function withdrawConsent(tx: Tx, user: SessionUser, consentId: string, now = new Date()): Promise<{ id: string }> {
  const consent = await tx.consent.update({
    where: { id: consentId },
    data: { withdrawnAt: now, withdrawnById: user.id },
    select: { id: true, collaborationId: true, collaboration: { select: { familyId: true } } },
  });
  await auditChange(tx, "consent.withdraw", {
    actorId: user.id,
    objectType: "Consent",
    objectId: consent.id,
    familyId: consent.collaboration.familyId,
    collaborationId: consent.collaborationId,
  });
  return { id: consent.id };
}
