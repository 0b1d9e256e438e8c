// Action definitions of the admin's user management: schema, policy (admins only; to anyone else
// the action does not exist) and domain function, run by runSecureAction.
import { z } from "zod";
import type { SecureActionDefinition } from "../../actions/secure-action.ts";
import { adminOnly } from "../require-admin.ts";
import { updateUserSchema, userDetailsSchema, userIdSchema } from "./schema.ts";
import { createUser } from "./create-user.ts";
import { updateUser } from "./update-user.ts";
import { deactivateUser, reactivateUser } from "./set-user-active.ts";
import { resendInvitation } from "./resend-invitation.ts";
import { importUsers } from "./import-users.ts";
import { reassignChair } from "./reassign-chair.ts";


export const createUserAction: SecureActionDefinition<typeof userDetailsSchema, { id: string }> = {
  name: "admin.user.create",
  schema: userDetailsSchema,
  policy: adminOnly,
  run: ({ tx, user, input }) => createUser(tx, user, input),
};

export const updateUserAction: SecureActionDefinition<typeof updateUserSchema, { id: string; sessionsEnded: boolean }> = {
  name: "admin.user.update",
  schema: updateUserSchema,
  policy: adminOnly,
  run: ({ tx, user, input }) => updateUser(tx, user, input),
};

export const deactivateUserAction: SecureActionDefinition<typeof userIdSchema, { id: string }> = {
  name: "admin.user.deactivate",
  schema: userIdSchema,
  policy: adminOnly,
  run: ({ tx, user, input }) => deactivateUser(tx, user, input),
};

export const reactivateUserAction: SecureActionDefinition<typeof userIdSchema, { id: string }> = {
  name: "admin.user.reactivate",
  schema: userIdSchema,
  policy: adminOnly,
  run: ({ tx, user, input }) => reactivateUser(tx, user, input),
};

export const resendInvitationAction: SecureActionDefinition<typeof userIdSchema, { id: string }> = {
  name: "admin.user.invite",
  schema: userIdSchema,
  policy: adminOnly,
  run: ({ tx, user, input }) => resendInvitation(tx, user, input),
};

export const importUsersSchema = z.object({ bytes: z.instanceof(Uint8Array, { error: "fileRequired" }) });

export const importUsersAction: SecureActionDefinition<typeof importUsersSchema, { imported: number }> = {
  name: "admin.user.import",
  schema: importUsersSchema,
  policy: adminOnly,
  run: ({ tx, user, input }) => importUsers(tx, user, input),
};

const uuid = z.uuid({ error: "invalidChoice" });
export const reassignChairSchema = z.object({ fromUserId: uuid, municipalityId: uuid, toUserId: uuid });

export const reassignChairAction: SecureActionDefinition<typeof reassignChairSchema, { collaborations: number; meetings: number }> = {
  name: "admin.user.reassign",
  schema: reassignChairSchema,
  policy: adminOnly,
  run: ({ tx, user, input }) => reassignChair(tx, user, input),
};
