"use server";
import { db } from "@/lib/db/client.ts";
import { currentUser } from "@/lib/auth/current-user.ts";
import { runSecureAction, type ActionState } from "@/lib/actions/secure-action.ts";
import { createCollaborationAction } from "@/lib/collaborations/actions.ts";

export async function createCollaboration(input: unknown): Promise<ActionState<{ id: string }>> {
  return runSecureAction(createCollaborationAction, { db, user: await currentUser() }, input);
}
