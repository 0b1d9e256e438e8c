"use server";
// Server actions of the joint plan page. Each mutation is a secureAction: session, zod, per-object
// policy (requirePlanEditor / requireOwner), domain function and audit event in one transaction.
import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import { currentUser } from "@/lib/auth/current-user.ts";
import { failure, runSecureAction, type ActionState } from "@/lib/actions/secure-action.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { acquirePlanLockAction, nameResponsibleWorkersAction, publishPlanAction, releasePlanLockAction, savePlanDraftAction } from "@/lib/plans/actions.ts";
import { getPlanForEditing } from "@/lib/plans/get-plan-for-editing.ts";
import type { PlanLockResult } from "@/lib/plans/plan-lock.ts";
import type { PlanPublished } from "@/lib/plans/publish-plan.ts";
import type { PlanDraftInput } from "@/lib/plans/schema.ts";

export async function savePlanDraft(input: unknown): Promise<ActionState<{ version: number; savedAt: Date }>> {
  return runSecureAction(savePlanDraftAction, { db, user: await currentUser() }, input);
}

export async function acquirePlanLock(input: unknown): Promise<ActionState<PlanLockResult>> {
  return runSecureAction(acquirePlanLockAction, { db, user: await currentUser() }, input);
}

export async function releasePlanLock(input: unknown): Promise<ActionState<{ released: boolean }>> {
  return runSecureAction(releasePlanLockAction, { db, user: await currentUser() }, input);
}

export async function nameResponsibleWorkers(input: unknown): Promise<ActionState<{ userIds: string[] }>> {
  return runSecureAction(nameResponsibleWorkersAction, { db, user: await currentUser() }, input);
}

export async function publishPlan(input: unknown): Promise<ActionState<PlanPublished>> {
  return runSecureAction(publishPlanAction, { db, user: await currentUser() }, input);
}

export interface ReloadedPlan {
  values: PlanDraftInput;
  draftSavedAt: Date | null;
  lockedBy: { name: string; until: Date } | null;
}

/**
 * "Lataa uusin versio": the saved working copy again, for an editor whose save met a conflict or a
 * lock. A read (get-plan-for-editing checks the editor and writes the use-log event).
 */
export async function reloadPlan(collaborationId: unknown): Promise<ActionState<ReloadedPlan>> {
  const user = await currentUser();
  if (!user) return failure("UNAUTHENTICATED");
  const id = z.uuid().safeParse(collaborationId);
  if (!id.success) return failure("NOT_FOUND");
  try {
    const plan = await getPlanForEditing(db, user, id.data);
    return { ok: true, data: { values: plan.values, draftSavedAt: plan.draftSavedAt, lockedBy: plan.lockedBy } };
  } catch (err) {
    if (err instanceof AppError) return failure(err.code, err.fieldErrors);
    console.error("[action plan.reload] failed", err);
    return failure("UNEXPECTED");
  }
}
