"use server";
// Server actions of the admin's user pages. Each runs through runSecureAction: admins only (the
// policy answers NOT_FOUND to anyone else), one transaction, audited by the domain function.
import { db } from "@/lib/db/client.ts";
import { currentUser } from "@/lib/auth/current-user.ts";
import { hasRole } from "@/lib/auth/session-user.ts";
import { runSecureAction, failure, type ActionState } from "@/lib/actions/secure-action.ts";
import {
  createUserAction,
  deactivateUserAction,
  importUsersAction,
  reactivateUserAction,
  reassignChairAction,
  resendInvitationAction,
  updateUserAction,
} from "@/lib/admin/users/actions.ts";
import { IMPORT_MAX_BYTES } from "@/lib/admin/users/import-users.ts";

export async function createUserServer(input: unknown): Promise<ActionState<{ id: string }>> {
  return runSecureAction(createUserAction, { db, user: await currentUser() }, input);
}

export async function updateUserServer(input: unknown): Promise<ActionState<{ id: string; sessionsEnded: boolean }>> {
  return runSecureAction(updateUserAction, { db, user: await currentUser() }, input);
}

export async function deactivateUserServer(input: unknown): Promise<ActionState<{ id: string }>> {
  return runSecureAction(deactivateUserAction, { db, user: await currentUser() }, input);
}

export async function reactivateUserServer(input: unknown): Promise<ActionState<{ id: string }>> {
  return runSecureAction(reactivateUserAction, { db, user: await currentUser() }, input);
}

export async function resendInvitationServer(input: unknown): Promise<ActionState<{ id: string }>> {
  return runSecureAction(resendInvitationAction, { db, user: await currentUser() }, input);
}

/** The CSV file arrives as FormData; its bytes go to the import unchanged (it decodes them itself). */
export async function importUsersServer(formData: FormData): Promise<ActionState<{ imported: number }>> {
  const user = await currentUser();
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return runSecureAction(importUsersAction, { db, user }, {});
  if (file.size > IMPORT_MAX_BYTES) {
    if (!user) return failure("UNAUTHENTICATED");
    return hasRole(user, "ADMIN") ? failure("VALIDATION", { file: "csvTooLarge" }) : failure("NOT_FOUND");
  }
  return runSecureAction(importUsersAction, { db, user }, { bytes: new Uint8Array(await file.arrayBuffer()) });
}

export async function reassignChairServer(input: unknown): Promise<ActionState<{ collaborations: number; meetings: number }>> {
  return runSecureAction(reassignChairAction, { db, user: await currentUser() }, input);
}
