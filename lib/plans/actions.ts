// Action definitions for the joint plan: role rule, schema, policy (whose grant `run` receives)
// and domain function, run by runSecureAction. The plan is written by its editors (the chair, and
// later the responsible worker); strangers get NOT_FOUND and a closed collaboration is refused.
import { actionsWith, defineAction } from "../actions/secure-action.ts";
import { requireOwner } from "../collaborations/policy.ts";
import { nameResponsibleWorkers } from "./name-responsible-workers.ts";
import { acquirePlanLock, releasePlanLock } from "./plan-lock.ts";
import { requirePlanEditor } from "./policy.ts";
import type { CollaborationGrant } from "../authz/collaboration-access.ts";
import { publishPlan } from "./publish-plan.ts";
import { savePlanDraft } from "./save-plan-draft.ts";
import { loadPlanForEditing } from "./get-plan-for-editing.ts";
import { nameResponsibleWorkersSchema, planDraftSchema, planLockSchema, publishPlanSchema, type PlanDraftInput } from "./schema.ts";

/** The plan's editor: the chair or an active responsible worker, while the work is open. */
const editorAction = actionsWith<{ collaborationId: string }, CollaborationGrant>("families.work", ({ tx, user, input }) => requirePlanEditor(tx, user, input.collaborationId));

export const savePlanDraftAction = editorAction("plan.draft.save", planDraftSchema, ({ tx, user, input, grant }) => savePlanDraft(tx, user, grant, input));

export const acquirePlanLockAction = editorAction("plan.lock.acquire", planLockSchema, ({ tx, user, input }) => acquirePlanLock(tx, user, input.collaborationId));

export const releasePlanLockAction = editorAction("plan.lock.release", planLockSchema, ({ tx, user, input }) => releasePlanLock(tx, user, input.collaborationId));

/** The family names the responsible worker in the meeting; the chair records it. */
export const nameResponsibleWorkersAction = defineAction({
  name: "plan.responsible.name",
  capability: "families.work",
  schema: nameResponsibleWorkersSchema,
  policy: ({ tx, user, input }) => requireOwner(tx, user, input.collaborationId),
  run: ({ tx, user, input }) => nameResponsibleWorkers(tx, user, input),
});

export const publishPlanAction = editorAction("plan.publish", publishPlanSchema, ({ tx, user, input }) => publishPlan(tx, user, input));

export interface ReloadedPlan {
  values: PlanDraftInput;
  draftSavedAt: Date | null;
  lockedBy: { name: string; until: Date } | null;
}

/**
 * "Lataa uusin versio": the saved working copy again, for an editor whose save met a conflict or a
 * lock. A read: loadPlanForEditing writes the use-log event.
 */
export const reloadPlanAction = editorAction("plan.reload", planLockSchema, async ({ tx, user, grant }): Promise<ReloadedPlan> => {
  const plan = await loadPlanForEditing(tx, user, grant);
  return { values: plan.values, draftSavedAt: plan.draftSavedAt, lockedBy: plan.lockedBy };
});
