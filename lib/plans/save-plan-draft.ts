import type { Tx } from "../db/types.ts";
import { auditChange } from "../audit/audit.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { PlanDraft } from "./schema.ts";
import { writeWorkingCopy } from "./working-copy.ts";
import type { CollaborationGrant } from "../authz/collaboration-access.ts";

/**
 * Autosave of the plan form ("Tallennettu klo HH.mm.ss"). Creates the plan on the first save. A
 * stale version or another editor's lock gives CONFLICT and writes nothing. The caller (the
 * action's policy) has checked that the user may edit the plan: `c` is its grant.
 */
export async function savePlanDraft(tx: Tx, user: SessionUser, c: Pick<CollaborationGrant, "familyId">, input: PlanDraft, now = new Date()): Promise<{ version: number; savedAt: Date }> {
  const saved = await writeWorkingCopy(tx, user, input, now);
  await auditChange(tx, "plan.draft.save", {
    actorId: user.id,
    objectType: "JointPlan",
    objectId: saved.planId,
    familyId: c.familyId,
    collaborationId: input.collaborationId,
    details: { version: saved.version },
  });
  return { version: saved.version, savedAt: saved.savedAt };
}
