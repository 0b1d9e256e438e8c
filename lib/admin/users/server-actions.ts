"use server";
// Server actions of the admin's user pages (admins only; NOT_FOUND to anyone else).
import { serverAction } from "../../actions/server-action.ts";
import { failure } from "../../actions/secure-action.ts";
import { currentUser } from "../../auth/current-user.ts";
import { can } from "../../authz/capabilities.ts";
import { IMPORT_MAX_BYTES } from "./import-users.ts";
import {
  createUserAction,
  deactivateUserAction,
  importUsersAction,
  reactivateUserAction,
  reassignChairAction,
  resendInvitationAction,
  updateUserAction,
} from "./actions.ts";

export const createUserServer = serverAction(createUserAction);
export const updateUserServer = serverAction(updateUserAction);
export const deactivateUserServer = serverAction(deactivateUserAction);
export const reactivateUserServer = serverAction(reactivateUserAction);
export const resendInvitationServer = serverAction(resendInvitationAction);
export const reassignChairServer = serverAction(reassignChairAction);

const importUsers = serverAction(importUsersAction);

/**
 * The CSV file arrives as FormData; its bytes go to the import unchanged (it decodes them itself).
 * An oversized file is refused before it is read: a field error to an admin, NOT_FOUND to anyone else.
 */
export async function importUsersServer(formData: FormData) {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return importUsers({});
  if (file.size > IMPORT_MAX_BYTES) {
    const user = await currentUser();
    if (!user) return failure("UNAUTHENTICATED");
    return can(user, "admin.manage") ? failure("VALIDATION", { file: "csvTooLarge" }) : failure("NOT_FOUND");
  }
  return importUsers({ bytes: new Uint8Array(await file.arrayBuffer()) });
}
