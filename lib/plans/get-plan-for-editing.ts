import type { Db } from "../db/types.ts";
import { writeAuditEvent } from "../audit/write-audit-event.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { toHelsinkiWallClock } from "../time/helsinki-wall-clock.ts";
import { otherLockHolder } from "./plan-lock.ts";
import { requirePlanEditor } from "./policy.ts";
import type { PlanDraftInput } from "./schema.ts";

/**
 * The working copy as form values (the same shape the form sends back), with its version for
 * optimistic concurrency, who else holds the lock, and the responsible workers. Editors only
 * (owner or active responsible worker); the read is written to the use log.
 */
export async function getPlanForEditing(db: Db, user: SessionUser, collaborationId: string, now = new Date()) {
  const c = await requirePlanEditor(db, user, collaborationId);
  const [plan, responsible, lockedBy] = await Promise.all([
    db.jointPlan.findUnique({
      where: { collaborationId },
      select: {
        id: true,
        version: true,
        draftSavedAt: true,
        thingsNeedingChange: true,
        followUpWorkerToFamily: true,
        followUpFamilyToWorker: true,
        nextContactAt: true,
        actions: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, setting: true, description: true, who: true, dueDate: true, place: true, status: true } },
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
  const next = plan?.nextContactAt ? toHelsinkiWallClock(plan.nextContactAt) : null;
  const values: PlanDraftInput = {
    collaborationId,
    // A plan that exists only because someone took the lock has never been saved: still "0".
    version: plan?.draftSavedAt ? plan.version : 0,
    thingsNeedingChange: plan?.thingsNeedingChange ?? "",
    actions: (plan?.actions ?? []).map((a) => ({
      actionId: a.id,
      setting: a.setting,
      description: a.description,
      who: a.who,
      dueDate: a.dueDate ? a.dueDate.toISOString().slice(0, 10) : "",
      place: a.place ?? "",
    })),
    followUpWorkerToFamily: plan?.followUpWorkerToFamily ?? "",
    followUpFamilyToWorker: plan?.followUpFamilyToWorker ?? "",
    nextContactAt: next ? `${next.date}T${next.time}` : "",
  };
  if (plan) {
    await writeAuditEvent(db, {
      kind: "ACCESS",
      action: "plan.draft.read",
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
