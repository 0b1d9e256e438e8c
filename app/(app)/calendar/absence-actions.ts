"use server";
import { db } from "@/lib/db/client.ts";
import { currentUser } from "@/lib/auth/current-user.ts";
import { runSecureAction, type ActionState } from "@/lib/actions/secure-action.ts";
import { declareAbsenceAction, removeAbsenceAction } from "@/lib/absences/actions.ts";

export async function declareAbsence(input: unknown): Promise<ActionState<{ id: string }>> {
  return runSecureAction(declareAbsenceAction, { db, user: await currentUser() }, input);
}

export async function removeAbsence(input: unknown): Promise<ActionState<{ id: string }>> {
  return runSecureAction(removeAbsenceAction, { db, user: await currentUser() }, input);
}
