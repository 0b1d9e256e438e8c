"use server";
// The guidance service's actions: thin wrappers, each through runSecureAction.
import { db } from "@/lib/db/client.ts";
import { currentUser } from "@/lib/auth/current-user.ts";
import { runSecureAction, type ActionState } from "@/lib/actions/secure-action.ts";
import { closeContactRequestAction, recordPhoneContactAction, startCollaborationAction, takeContactRequestAction } from "@/lib/contact/actions.ts";

export async function takeContactRequest(input: unknown): Promise<ActionState<{ id: string }>> {
  return runSecureAction(takeContactRequestAction, { db, user: await currentUser() }, input);
}

export async function closeContactRequest(input: unknown): Promise<ActionState<{ id: string }>> {
  return runSecureAction(closeContactRequestAction, { db, user: await currentUser() }, input);
}

export async function startCollaborationFromRequest(input: unknown): Promise<ActionState<{ id: string }>> {
  return runSecureAction(startCollaborationAction, { db, user: await currentUser() }, input);
}

export async function recordPhoneContact(input: unknown): Promise<ActionState<{ id: string; referenceCode: string }>> {
  return runSecureAction(recordPhoneContactAction, { db, user: await currentUser() }, input);
}
