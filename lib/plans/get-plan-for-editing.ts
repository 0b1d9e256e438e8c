import type { DbOrTx } from "../db/types.ts";
import { auditRead } from "../audit/audit.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { savedWorkingCopySelect, toPlanFormValues } from "./plan-form-values.ts";
import { otherLockHolder } from "./plan-lock.ts";
import { requirePlanEditor } from "./policy.ts";
import type { CollaborationGrant } from "../authz/collaboration-access.ts";

/**
 * The working copy as form values (the same shape the form sends back), with its version for
 * optimistic concurrency, who else holds the lock, and the responsible workers. Editors only
 * (owner or active responsible worker); the read is written to the use log.
 */
export async function getPlanForEditing(db: DbOrTx, user: SessionUser, collaborationId: string, now = new Date()) {
  return loadPlanForEditing(db, user, await requirePlanEditor(db, user, collaborationId), now);
}

/** The same, for a caller that holds the editor's grant already (the plan page, the reload action). */
export async function loadPlanForEditing(db: DbOrTx, user: SessionUser, c: CollaborationGrant, now = new Date()) {
  const collaborationId = c.id;
  const [plan, responsible, lockedBy] = await Promise.all([
    db.jointPlan.findUnique({
      where: { collaborationId },
      select: {
        ...savedWorkingCopySelect,
        id: true,
        actions: { ...savedWorkingCopySelect.actions, select: { ...savedWorkingCopySelect.actions.select, status: true } },
        _count: { select: { versions: true } },
      },
    }),
    db.responsibleWorker.findMany({
      where: { collaborationId, endedAt: null },
      orderBy: { slot: "asc" },
      select: { slot: true, familyAgreement: true, user: { select: { id: true, name: true, title: true } } },
    }),
    otherLockHolder(db, collaborationId, user.id, now),
  ]);
  const values = toPlanFormValues(collaborationId, plan);
  if (plan) {
    await auditRead(db, "plan.draft.read", {
      actorId: user.id,
      objectType: "JointPlan",
      objectId: plan.id,
      familyId: c.familyId,
      collaborationId,
    });
  }
  return {
    values,
    draftSavedAt: plan?.draftSavedAt ?? null,
    publishedVersions: plan?._count.versions ?? 0,
    /** Follow-up status per action id (not part of the plan form; kept across edits). */
    actionStatus: Object.fromEntries((plan?.actions ?? []).map((a) => [a.id, a.status])),
    lockedBy,
    responsibleWorkers: responsible.map((r) => ({ slot: r.slot, familyAgreement: r.familyAgreement, userId: r.user.id, name: r.user.name, title: r.user.title })),
  };
}
