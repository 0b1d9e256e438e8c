// No invitation and no sharing without a valid consent that covers it (DOMAIN.md). Every guardian
// of the family must have given a valid consent that covers each expertise invited; withdrawal
// takes effect at once because validity is checked at the moment of each invitation or share.
import type { Expertise } from "../db/generated/enums.ts";
import type { DbOrTx } from "../db/types.ts";
import { AppError } from "../errors/app-error.ts";
import { validConsentWhere } from "./validity.ts";

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
