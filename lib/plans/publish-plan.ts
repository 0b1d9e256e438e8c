// Completing the meeting publishes the plan: the working copy is saved (same version check as
// autosave), checked for completeness, and frozen as the next immutable JointPlanVersion. Later
// edits and a new publication make version 2, 3, … and the history stays readable.
import type { Tx } from "../db/types.ts";
import { auditChange } from "../audit/audit.ts";
import { AppError } from "../errors/app-error.ts";
import { isUniqueViolation } from "../db/unique-violation.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { buildPlanSnapshot } from "./plan-snapshot.ts";
import type { PublishPlan } from "./schema.ts";
import { writeWorkingCopy } from "./working-copy.ts";
import { inOrder } from "../db/in-order.ts";

export interface PlanPublished {
  versionId: string;
  versionNumber: number;
  /** The working copy's version after publishing, for the form to continue from. */
  version: number;
  publishedAt: Date;
}

/**
 * The schema has already required every field. The checks that need the database or the clock are
 * here, before anything is written (and the transaction undoes the save if a later step fails).
 * The caller (the action's policy) has checked that the user may edit the plan.
 */
export async function publishPlan(tx: Tx, user: SessionUser, input: PublishPlan, now = new Date()): Promise<PlanPublished> {
  const errors: Record<string, string> = {};
  if (input.nextContactAt && input.nextContactAt.getTime() <= now.getTime()) errors.nextContactAt = "timeInPast";
  const [collaboration, responsible, meeting] = await inOrder([
    tx.collaboration.findUniqueOrThrow({ where: { id: input.collaborationId }, select: { id: true, familyId: true } }),
    tx.responsibleWorker.count({ where: { collaborationId: input.collaborationId, endedAt: null } }),
    input.meetingId ? tx.jointMeeting.findFirst({ where: { id: input.meetingId, collaborationId: input.collaborationId }, select: { id: true } }) : null,
  ]);
  if (responsible === 0) errors.responsibleWorkers = "responsibleRequired";
  if (input.meetingId && !meeting) errors.meetingId = "invalidChoice";
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", { fieldErrors: errors });

  const saved = await writeWorkingCopy(tx, user, input, now);
  const snapshot = await buildPlanSnapshot(tx, saved.planId, collaboration.id);
  const previous = await tx.jointPlanVersion.aggregate({ where: { planId: saved.planId }, _max: { versionNumber: true } });
  const versionNumber = (previous._max.versionNumber ?? 0) + 1;
  let versionId: string;
  try {
    versionId = (
      await tx.jointPlanVersion.create({
        data: { planId: saved.planId, versionNumber, snapshot: { ...snapshot }, meetingId: meeting?.id ?? null, publishedById: user.id, publishedAt: now },
        select: { id: true },
      })
    ).id;
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("CONFLICT");
    throw err;
  }
  // Publishing ends the editing session: the lock is released for the next editor.
  await tx.jointPlan.update({ where: { id: saved.planId }, data: { lockedById: null, lockedUntil: null } });
  await tx.collaboration.update({ where: { id: collaboration.id }, data: { status: "PLAN_ACTIVE" } });
  await auditChange(tx, "plan.publish", {
    actorId: user.id,
    objectType: "JointPlanVersion",
    objectId: versionId,
    familyId: collaboration.familyId,
    collaborationId: collaboration.id,
    details: { versionNumber, responsibleUserIds: snapshot.responsibleWorkers.map((r) => r.userId) },
  });
  return { versionId, versionNumber, version: saved.version, publishedAt: now };
}
