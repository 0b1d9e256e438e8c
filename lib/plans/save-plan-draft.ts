import type { Tx } from "../db/types.ts";
import { auditChange } from "../audit/audit.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { PlanDraft } from "./schema.ts";
import { writeWorkingCopy } from "./working-copy.ts";

/**
 * Autosave of the plan form ("Tallennettu klo HH.mm.ss"). Creates the plan on the first save. A
 * stale version or another editor's lock gives CONFLICT and writes nothing. The caller (the
 * action's policy) has checked that the user may edit the plan.
 */
export async function savePlanDraft(tx: Tx, user: SessionUser, input: PlanDraft, now = new Date()): Promise<{ version: number; savedAt: Date }> {
  const saved = await writeWorkingCopy(tx, user, input, now);
  const c = await tx.collaboration.findUniqueOrThrow({ where: { id: input.collaborationId }, select: { familyId: true } });
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
