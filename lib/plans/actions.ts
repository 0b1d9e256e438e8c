// Action definitions for the joint plan: schema, policy and domain function, run by runSecureAction.
// The plan is written by its editors (the chair, and later the responsible worker); strangers get
// NOT_FOUND and a closed collaboration is refused (requirePlanEditor / requireOwner).
import type { SecureActionDefinition } from "../actions/secure-action.ts";
import { requireOwner } from "../collaborations/policy.ts";
import { nameResponsibleWorkers } from "./name-responsible-workers.ts";
import { acquirePlanLock, releasePlanLock, type PlanLockResult } from "./plan-lock.ts";
import { requirePlanEditor } from "./policy.ts";
import { publishPlan, type PlanPublished } from "./publish-plan.ts";
import { savePlanDraft } from "./save-plan-draft.ts";
import { getPlanForEditing } from "./get-plan-for-editing.ts";
import { nameResponsibleWorkersSchema, planDraftSchema, planLockSchema, publishPlanSchema, type PlanDraftInput } from "./schema.ts";

export const savePlanDraftAction: SecureActionDefinition<typeof planDraftSchema, { version: number; savedAt: Date }> = {
  name: "plan.draft.save",
  schema: planDraftSchema,
  async policy({ tx, user, input }) {
    await requirePlanEditor(tx, user, input.collaborationId);
  },
  run: ({ tx, user, input }) => savePlanDraft(tx, user, input),
};

export const acquirePlanLockAction: SecureActionDefinition<typeof planLockSchema, PlanLockResult> = {
  name: "plan.lock.acquire",
  schema: planLockSchema,
  async policy({ tx, user, input }) {
    await requirePlanEditor(tx, user, input.collaborationId);
  },
  run: ({ tx, user, input }) => acquirePlanLock(tx, user, input.collaborationId),
};

export const releasePlanLockAction: SecureActionDefinition<typeof planLockSchema, { released: boolean }> = {
  name: "plan.lock.release",
  schema: planLockSchema,
  async policy({ tx, user, input }) {
    await requirePlanEditor(tx, user, input.collaborationId);
  },
  run: ({ tx, user, input }) => releasePlanLock(tx, user, input.collaborationId),
};

/** The family names the responsible worker in the meeting; the chair records it. */
export const nameResponsibleWorkersAction: SecureActionDefinition<typeof nameResponsibleWorkersSchema, { userIds: string[] }> = {
  name: "plan.responsible.name",
  schema: nameResponsibleWorkersSchema,
  async policy({ tx, user, input }) {
    await requireOwner(tx, user, input.collaborationId);
  },
  run: ({ tx, user, input }) => nameResponsibleWorkers(tx, user, input),
};

export const publishPlanAction: SecureActionDefinition<typeof publishPlanSchema, PlanPublished> = {
  name: "plan.publish",
  schema: publishPlanSchema,
  async policy({ tx, user, input }) {
    await requirePlanEditor(tx, user, input.collaborationId);
  },
  run: ({ tx, user, input }) => publishPlan(tx, user, input),
};

export interface ReloadedPlan {
  values: PlanDraftInput;
  draftSavedAt: Date | null;
  lockedBy: { name: string; until: Date } | null;
}

/**
 * "Lataa uusin versio": the saved working copy again, for an editor whose save met a conflict or a
 * lock. A read: getPlanForEditing writes the use-log event.
 */
export const reloadPlanAction: SecureActionDefinition<typeof planLockSchema, ReloadedPlan> = {
  name: "plan.reload",
  schema: planLockSchema,
  async policy({ tx, user, input }) {
    await requirePlanEditor(tx, user, input.collaborationId);
  },
  async run({ tx, user, input }) {
    const plan = await getPlanForEditing(tx, user, input.collaborationId);
    return { values: plan.values, draftSavedAt: plan.draftSavedAt, lockedBy: plan.lockedBy };
  },
};
