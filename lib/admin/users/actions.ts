// Action definitions of the admin's user management: schema, policy (admins only; to anyone else
// the action does not exist) and domain function, run by runSecureAction.
import { z } from "zod";
import { defineAction } from "../../actions/secure-action.ts";
import { organisationWide } from "../../authz/policies.ts";
import { updateUserSchema, userDetailsSchema, userIdSchema } from "./schema.ts";
import { createUser } from "./create-user.ts";
import { updateUser } from "./update-user.ts";
import { deactivateUser, reactivateUser } from "./set-user-active.ts";
import { resendInvitation } from "./resend-invitation.ts";
import { importUsers } from "./import-users.ts";
import { reassignChair } from "./reassign-chair.ts";


export const createUserAction = defineAction({
  name: "admin.user.create",
  capability: "admin.manage",
  schema: userDetailsSchema,
  policy: organisationWide,
  run: ({ tx, user, input }) => createUser(tx, user, input),
});

export const updateUserAction = defineAction({
  name: "admin.user.update",
  capability: "admin.manage",
  schema: updateUserSchema,
  policy: organisationWide,
  run: ({ tx, user, input }) => updateUser(tx, user, input),
});

export const deactivateUserAction = defineAction({
  name: "admin.user.deactivate",
  capability: "admin.manage",
  schema: userIdSchema,
  policy: organisationWide,
  run: ({ tx, user, input }) => deactivateUser(tx, user, input),
});

export const reactivateUserAction = defineAction({
  name: "admin.user.reactivate",
  capability: "admin.manage",
  schema: userIdSchema,
  policy: organisationWide,
  run: ({ tx, user, input }) => reactivateUser(tx, user, input),
});

export const resendInvitationAction = defineAction({
  name: "admin.user.invite",
  capability: "admin.manage",
  schema: userIdSchema,
  policy: organisationWide,
  run: ({ tx, user, input }) => resendInvitation(tx, user, input),
});

export const importUsersSchema = z.object({ bytes: z.instanceof(Uint8Array, { error: "fileRequired" }) });

export const importUsersAction = defineAction({
  name: "admin.user.import",
  capability: "admin.manage",
  schema: importUsersSchema,
  policy: organisationWide,
  run: ({ tx, user, input }) => importUsers(tx, user, input),
});

const uuid = z.uuid({ error: "invalidChoice" });
export const reassignChairSchema = z.object({ fromUserId: uuid, municipalityId: uuid, toUserId: uuid });

export const reassignChairAction = defineAction({
  name: "admin.user.reassign",
  capability: "admin.manage",
  schema: reassignChairSchema,
  policy: organisationWide,
  run: ({ tx, user, input }) => reassignChair(tx, user, input),
});
