// Handing the responsibility over to another professional, with the family's agreement recorded.
// Reuses nameResponsibleWorkers: the new worker takes the leaving worker's slot (a pair partner
// stays), the old row is ended (the history shows who was responsible when), and the old worker's
// RESPONSIBLE membership is removed, so the follow-up and the plan's editing are no longer theirs.
import type { Tx } from "../db/types.ts";
import { aboutCollaboration, auditChange } from "../audit/audit.ts";
import { AppError } from "../errors/app-error.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { nameResponsibleWorkers } from "../plans/name-responsible-workers.ts";
import type { Handover } from "./schema.ts";

export async function handOver(tx: Tx, user: SessionUser, input: Handover, now = new Date()): Promise<{ toUserId: string }> {
  const current = await tx.responsibleWorker.findMany({ where: { collaborationId: input.collaborationId, endedAt: null }, orderBy: { slot: "asc" }, select: { userId: true, slot: true } });
  const mine = current.find((r) => r.userId === user.id);
  if (!mine) throw new AppError("NOT_FOUND");
  if (current.some((r) => r.userId === input.toUserId)) throw new AppError("VALIDATION", { fieldErrors: { toUserId: "alreadyResponsible" } });

  const userIds = current.map((r) => (r.userId === user.id ? input.toUserId : r.userId));
  const index = userIds.indexOf(input.toUserId);
  try {
    await nameResponsibleWorkers(tx, user, { collaborationId: input.collaborationId, userIds, namedByFamily: true, familyAgreement: input.familyAgreement }, now);
  } catch (err) {
    // The checks of nameResponsibleWorkers (active, professional) belong to the one chosen person.
    if (err instanceof AppError && err.code === "VALIDATION" && err.fieldErrors[`userIds.${index}`]) {
      throw new AppError("VALIDATION", { fieldErrors: { toUserId: err.fieldErrors[`userIds.${index}`]! } });
    }
    throw err;
  }
  // A soft lock the leaving worker held on the plan is released with the responsibility.
  await tx.jointPlan.updateMany({ where: { collaborationId: input.collaborationId, lockedById: user.id }, data: { lockedById: null, lockedUntil: null } });
  await tx.notification.create({ data: { userId: input.toUserId, kind: "HANDOVER", link: `/follow-up/${input.collaborationId}`, createdAt: now } });
  const c = await tx.collaboration.findUniqueOrThrow({ where: { id: input.collaborationId }, select: { familyId: true } });
  await auditChange(tx, "followUp.handover", aboutCollaboration(user.id, { id: input.collaborationId, familyId: c.familyId }, { fromUserId: user.id, toUserId: input.toUserId, familyAgreed: true }));
  return { toUserId: input.toUserId };
}
