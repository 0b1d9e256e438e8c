// A published plan version is a snapshot: the fields, the actions and the responsible workers'
// names and contact details as they were when the family agreed to it. Later changes to a user's
// name or e-mail, or a new version, never change what was printed for the family.
import type { PlanActionSetting } from "../db/generated/enums.ts";
import type { Tx } from "../db/types.ts";
import { inOrder } from "../db/in-order.ts";

export const PLAN_SNAPSHOT_FORMAT = 1;

export interface PlanSnapshot {
  format: typeof PLAN_SNAPSHOT_FORMAT;
  thingsNeedingChange: string;
  actions: { id: string; setting: PlanActionSetting; description: string; who: string; dueDate: string | null; place: string | null }[];
  followUpWorkerToFamily: string;
  followUpFamilyToWorker: string;
  /** ISO instant (UTC); shown in Europe/Helsinki. */
  nextContactAt: string;
  responsibleWorkers: { userId: string; slot: number; name: string; title: string; email: string; unit: string | null }[];
}

/** Reads the saved working copy and the active responsible workers into a snapshot. */
export async function buildPlanSnapshot(tx: Tx, planId: string, collaborationId: string): Promise<PlanSnapshot> {
  const [plan, responsible] = await inOrder([
    tx.jointPlan.findUniqueOrThrow({
      where: { id: planId },
      select: {
        thingsNeedingChange: true,
        followUpWorkerToFamily: true,
        followUpFamilyToWorker: true,
        nextContactAt: true,
        actions: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, setting: true, description: true, who: true, dueDate: true, place: true } },
      },
    }),
    tx.responsibleWorker.findMany({
      where: { collaborationId, endedAt: null },
      orderBy: { slot: "asc" },
      select: { slot: true, user: { select: { id: true, name: true, title: true, email: true, unit: { select: { name: true } } } } },
    }),
  ]);
  return {
    format: PLAN_SNAPSHOT_FORMAT,
    thingsNeedingChange: plan.thingsNeedingChange ?? "",
    actions: plan.actions.map((a) => ({ ...a, dueDate: a.dueDate ? a.dueDate.toISOString().slice(0, 10) : null })),
    followUpWorkerToFamily: plan.followUpWorkerToFamily ?? "",
    followUpFamilyToWorker: plan.followUpFamilyToWorker ?? "",
    nextContactAt: plan.nextContactAt?.toISOString() ?? "",
    responsibleWorkers: responsible.map((r) => ({ userId: r.user.id, slot: r.slot, name: r.user.name, title: r.user.title, email: r.user.email, unit: r.user.unit?.name ?? null })),
  };
}
