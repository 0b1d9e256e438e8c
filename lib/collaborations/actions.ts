// Action definitions for collaborations: schema, policy and domain function, run by runSecureAction.
import type { SecureActionDefinition } from "../actions/secure-action.ts";
import { AppError } from "../errors/app-error.ts";
import { createCollaboration } from "./create-collaboration.ts";
import { canCreateCollaboration } from "./policy.ts";
import { newCollaborationSchema } from "./schema.ts";

export const createCollaborationAction: SecureActionDefinition<typeof newCollaborationSchema, { id: string }> = {
  name: "collaboration.create",
  schema: newCollaborationSchema,
  async policy({ user }) {
    if (!canCreateCollaboration(user)) throw new AppError("NOT_FOUND");
  },
  run: ({ tx, user, input }) => createCollaboration(tx, user, input),
};
