// Action definitions for collaborations: role rule, schema, policy and domain function, run by runSecureAction.
import { defineAction } from "../actions/secure-action.ts";
import { ownRowsOnly } from "../authz/policies.ts";
import { createCollaboration } from "./create-collaboration.ts";
import { requireOwner } from "./policy.ts";
import { concernSchema } from "./concern-schema.ts";
import { recordConcern } from "./record-concern.ts";
import { newCollaborationSchema } from "./schema.ts";

/** Raising a concern opens a new collaboration owned by the user: no existing object to check. */
export const createCollaborationAction = defineAction({
  name: "collaboration.create",
  capability: "collaboration.open",
  schema: newCollaborationSchema,
  policy: ownRowsOnly,
  run: ({ tx, user, input }) => createCollaboration(tx, user, input),
});

export const recordConcernAction = defineAction({
  name: "collaboration.concern.record",
  capability: "families.work",
  schema: concernSchema,
  policy: ({ tx, user, input }) => requireOwner(tx, user, input.collaborationId),
  run: ({ tx, user, input }) => recordConcern(tx, user, input),
});
