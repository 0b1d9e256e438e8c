"use server";
import { db } from "@/lib/db/client.ts";
import { currentUser } from "@/lib/auth/current-user.ts";
import { runSecureAction, type ActionState } from "@/lib/actions/secure-action.ts";
import { respondToInvitationAction } from "@/lib/meetings/actions.ts";

export async function respondToInvitation(input: unknown): Promise<ActionState<{ id: string }>> {
  return runSecureAction(respondToInvitationAction, { db, user: await currentUser() }, input);
}
