// The responsible worker follows the plan with the family: each action is not started, in progress,
// done or dropped, with a short note. The plan's progress is counted from these.
import type { PlanActionStatus } from "../db/generated/enums.ts";
import type { Tx } from "../db/types.ts";
import { auditChange } from "../audit/audit.ts";
import { notFound } from "../errors/app-error.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { ActionStatusUpdate } from "./schema.ts";

export async function updateActionStatus(tx: Tx, user: SessionUser, input: ActionStatusUpdate): Promise<{ id: string; status: PlanActionStatus }> {
  const action = await tx.planAction.findFirst({
    where: { id: input.actionId, plan: { collaborationId: input.collaborationId } },
    select: { id: true, status: true, plan: { select: { collaboration: { select: { id: true, familyId: true } } } } },
  });
  if (!action) throw notFound();
  await tx.planAction.update({ where: { id: action.id }, data: { status: input.status, statusNote: input.note || null } });
  await auditChange(tx, "followUp.action.status", {
    actorId: user.id,
    objectType: "PlanAction",
    objectId: action.id,
    familyId: action.plan.collaboration.familyId,
    collaborationId: action.plan.collaboration.id,
    details: { from: action.status, to: input.status },
  });
  return { id: action.id, status: input.status };
}

export interface PlanProgress {
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
  dropped: number;
  /** Done of those not dropped, 0–100 (0 when nothing is left to do). */
  percent: number;
}

export function planProgress(actions: { status: PlanActionStatus }[]): PlanProgress {
  const count = (s: PlanActionStatus) => actions.filter((a) => a.status === s).length;
  const done = count("DONE");
  const dropped = count("DROPPED");
  const relevant = actions.length - dropped;
  return { total: actions.length, done, inProgress: count("IN_PROGRESS"), notStarted: count("NOT_STARTED"), dropped, percent: relevant === 0 ? 0 : Math.round((done / relevant) * 100) };
}
