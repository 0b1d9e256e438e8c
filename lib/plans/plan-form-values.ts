// The saved working copy in the shape the plan form sends (string fields, Helsinki wall-clock
// times), so the form, autosave and completing the meeting all go through the same zod schema.
import type { PlanActionSetting } from "../db/generated/enums.ts";
import { toHelsinkiWallClock } from "../time/helsinki-wall-clock.ts";
import type { PlanDraftInput } from "./schema.ts";

export interface SavedWorkingCopy {
  version: number;
  draftSavedAt: Date | null;
  thingsNeedingChange: string | null;
  followUpWorkerToFamily: string | null;
  followUpFamilyToWorker: string | null;
  nextContactAt: Date | null;
  actions: { id: string; setting: PlanActionSetting; description: string; who: string; dueDate: Date | null; place: string | null }[];
}

/** Prisma select for SavedWorkingCopy (actions in the plan's order). */
export const savedWorkingCopySelect = {
  version: true,
  draftSavedAt: true,
  thingsNeedingChange: true,
  followUpWorkerToFamily: true,
  followUpFamilyToWorker: true,
  nextContactAt: true,
  actions: { orderBy: [{ sortOrder: "asc" as const }, { id: "asc" as const }], select: { id: true, setting: true, description: true, who: true, dueDate: true, place: true } },
};

export function toPlanFormValues(collaborationId: string, plan: SavedWorkingCopy | null): PlanDraftInput {
  const next = plan?.nextContactAt ? toHelsinkiWallClock(plan.nextContactAt) : null;
  return {
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
}
