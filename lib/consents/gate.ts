// No invitation and no sharing without a valid consent that covers it (DOMAIN.md). Every guardian
// of the family must have given a valid consent that covers each expertise invited; withdrawal
// takes effect at once because validity is checked at the moment of each invitation or share.
import type { Expertise } from "../db/generated/enums.ts";
import type { DbOrTx } from "../db/types.ts";
import { AppError } from "../errors/app-error.ts";
import { validConsentWhere } from "./validity.ts";
import { inOrder } from "../db/in-order.ts";

export async function coveredExpertise(db: DbOrTx, collaborationId: string, now = new Date()): Promise<Set<Expertise>> {
  const c = await db.collaboration.findUniqueOrThrow({
    where: { id: collaborationId },
    select: {
      family: { select: { guardians: { select: { id: true } } } },
      consents: { where: validConsentWhere(now), select: { guardianId: true, invitableExpertise: true } },
    },
  });
  const guardians = c.family.guardians.map((g) => g.id);
  if (guardians.length === 0) return new Set();
  const perGuardian = guardians.map((gid) => new Set(c.consents.filter((k) => k.guardianId === gid).flatMap((k) => k.invitableExpertise)));
  const [first, ...rest] = perGuardian;
  return new Set([...first!].filter((e) => rest.every((s) => s.has(e))));
}

/** Throws a field error on `field` unless every guardian's valid consent covers every expertise. */
export async function assertInvitationsCovered(db: DbOrTx, collaborationId: string, expertise: Expertise[], field: string, now = new Date()): Promise<void> {
  const covered = await coveredExpertise(db, collaborationId, now);
  if (covered.size === 0) throw new AppError("VALIDATION", { fieldErrors: { [field]: "consentMissing" } });
  if (expertise.some((e) => !covered.has(e))) throw new AppError("VALIDATION", { fieldErrors: { [field]: "consentNotCovering" } });
}

/**
 * The consents under which information may go to this professional: every guardian must have a
 * valid consent that allows sharing and names the recipient (the person, or their unit). Returns
 * one covering consent per guardian (the share is recorded against them), or null when any
 * guardian's consent does not cover it. Withdrawal or expiry takes effect at the next share.
 */
export async function consentsCoveringShare(db: DbOrTx, collaborationId: string, recipientUserId: string, now = new Date()): Promise<{ consentId: string; guardianId: string }[] | null> {
  const [c, recipient] = await inOrder([
    db.collaboration.findUniqueOrThrow({
      where: { id: collaborationId },
      select: {
        family: { select: { guardians: { select: { id: true } } } },
        consents: {
          where: { ...validConsentWhere(now), mayShareInformation: true },
          orderBy: { createdAt: "desc" },
          select: { id: true, guardianId: true, recipients: { select: { userId: true, unitId: true } } },
        },
      },
    }),
    db.user.findFirst({ where: { id: recipientUserId, active: true }, select: { id: true, unitId: true } }),
  ]);
  const guardians = c.family.guardians.map((g) => g.id);
  if (!recipient || guardians.length === 0) return null;
  const names = (r: { userId: string | null; unitId: string | null }) => r.userId === recipient.id || (r.unitId !== null && r.unitId === recipient.unitId);
  const covering = guardians.map((guardianId) => c.consents.find((k) => k.guardianId === guardianId && k.recipients.some(names)));
  if (covering.some((k) => !k)) return null;
  return covering.map((k) => ({ consentId: k!.id, guardianId: k!.guardianId }));
}

/** Throws a field error on `field` unless consentsCoveringShare finds a covering consent from every guardian. */
export async function assertSharingCovered(db: DbOrTx, collaborationId: string, recipientUserId: string, field: string, now = new Date()) {
  const consents = await consentsCoveringShare(db, collaborationId, recipientUserId, now);
  if (!consents) throw new AppError("VALIDATION", { fieldErrors: { [field]: "sharingNotCovered" } });
  return consents;
}
