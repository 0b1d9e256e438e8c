// Action definitions for collaborations: schema, policy and domain function, run by runSecureAction.
import type { SecureActionDefinition } from "../actions/secure-action.ts";
import { AppError } from "../errors/app-error.ts";
import { createCollaboration } from "./create-collaboration.ts";
import { canCreateCollaboration, requireOwner } from "./policy.ts";
import { concernSchema } from "./concern-schema.ts";
import { recordConcern } from "./record-concern.ts";
import { newCollaborationSchema } from "./schema.ts";

export const createCollaborationAction: SecureActionDefinition<typeof newCollaborationSchema, { id: string }> = {
  name: "collaboration.create",
  schema: newCollaborationSchema,
  async policy({ user }) {
    if (!canCreateCollaboration(user)) throw new AppError("NOT_FOUND");
  },
  run: ({ tx, user, input }) => createCollaboration(tx, user, input),
};

export const recordConcernAction: SecureActionDefinition<typeof concernSchema, { id: string }> = {
  name: "collaboration.concern.record",
  schema: concernSchema,
  async policy({ tx, user, input }) {
    await requireOwner(tx, user, input.collaborationId);
  },
  run: ({ tx, user, input }) => recordConcern(tx, user, input),
};
