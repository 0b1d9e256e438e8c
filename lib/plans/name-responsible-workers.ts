// Vastuutyöntekijä: named by the family in the meeting, one or a pair, and always a professional
// from a public service (a user with a professional role). The database also refuses a third
// (slot CHECK 1..2 and partial unique indexes on active rows), so no race can make three.
import type { Role } from "../db/generated/enums.ts";
import type { Tx } from "../db/types.ts";
import { aboutCollaboration, auditChange } from "../audit/audit.ts";
import { AppError } from "../errors/app-error.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { NameResponsibleWorkers } from "./schema.ts";

/** Roles of people who work with families; coordinators and admins only see figures and settings. */
export const PROFESSIONAL_ROLES: readonly Role[] = ["FRONTLINE_WORKER", "TEAM_MEMBER", "GUIDANCE_WORKER"];

export function isProfessional(roles: readonly Role[]): boolean {
  return roles.some((r) => PROFESSIONAL_ROLES.includes(r));
}

/**
 * Replaces the collaboration's responsible workers with the given ones (slot = position). A person
 * who stays in the same slot keeps their assignment (and its start date); others are ended, not
 * deleted, so the history shows who was responsible when. Responsibility gives need-to-know access
 * (CollaborationMember RESPONSIBLE), and ending it takes that access away.
 */
export async function nameResponsibleWorkers(tx: Tx, user: SessionUser, input: NameResponsibleWorkers, now = new Date()): Promise<{ userIds: string[] }> {
  const c = await tx.collaboration.findUniqueOrThrow({ where: { id: input.collaborationId }, select: { id: true, familyId: true } });
  const candidates = await tx.user.findMany({ where: { id: { in: input.userIds } }, select: { id: true, active: true, roles: true } });
  const byId = new Map(candidates.map((u) => [u.id, u]));
  const errors: Record<string, string> = {};
  input.userIds.forEach((id, i) => {
    const u = byId.get(id);
    if (!u || !u.active) errors[`userIds.${i}`] = "invalidChoice";
    else if (!isProfessional(u.roles)) errors[`userIds.${i}`] = "notProfessional";
  });
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", { fieldErrors: errors });

  const familyAgreement = input.familyAgreement || null;
  const wanted = input.userIds.map((userId, i) => ({ userId, slot: i + 1 }));
  const current = await tx.responsibleWorker.findMany({ where: { collaborationId: c.id, endedAt: null }, select: { id: true, userId: true, slot: true } });
  const same = (a: { userId: string; slot: number }, b: { userId: string; slot: number }) => a.userId === b.userId && a.slot === b.slot;
  const kept = current.filter((r) => wanted.some((w) => same(w, r)));
  const ended = current.filter((r) => !kept.includes(r));

  // End first: the partial unique indexes allow one active row per slot and per person.
  await tx.responsibleWorker.updateMany({ where: { id: { in: ended.map((r) => r.id) } }, data: { endedAt: now } });
  await tx.responsibleWorker.updateMany({ where: { id: { in: kept.map((r) => r.id) } }, data: { familyAgreement } });
  await tx.responsibleWorker.createMany({
    data: wanted
      .filter((w) => !kept.some((r) => same(w, r)))
      .map((w) => ({ collaborationId: c.id, userId: w.userId, slot: w.slot, familyAgreement, assignedById: user.id, startedAt: now })),
  });

  const leaving = ended.map((r) => r.userId).filter((id) => !input.userIds.includes(id));
  await tx.collaborationMember.updateMany({ where: { collaborationId: c.id, role: "RESPONSIBLE", userId: { in: leaving } }, data: { removedAt: now } });
  for (const userId of input.userIds) {
    await tx.collaborationMember.upsert({
      where: { collaborationId_userId_role: { collaborationId: c.id, userId, role: "RESPONSIBLE" } },
      create: { collaborationId: c.id, userId, role: "RESPONSIBLE", addedAt: now },
      update: { removedAt: null },
    });
  }

  await auditChange(tx, "plan.responsible.name", aboutCollaboration(user.id, c, { userIds: input.userIds, endedUserIds: leaving }));
  return { userIds: input.userIds };
}
