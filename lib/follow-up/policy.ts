// Who does the follow-up: the family's active responsible worker(s). Anyone else — including a
// worker who has handed the family over — gets NOT_FOUND (no existence leak). A closed
// collaboration is read-only: every change is refused with a clear message until it is reopened.
import type { DbOrTx } from "../db/types.ts";
import { requireCollaboration, type CollaborationGrant } from "../authz/collaboration-access.ts";

export type FollowUpCollaboration = CollaborationGrant;

/** For reading (the closed collaboration stays readable to its responsible worker). */
export function requireResponsible(db: DbOrTx, user: { id: string }, collaborationId: string): Promise<FollowUpCollaboration> {
  return requireCollaboration(db, user, collaborationId, { as: ["responsible"], open: false });
}

/** For changes: the responsible worker, and only while the joint work is open. */
export function requireResponsibleForChange(db: DbOrTx, user: { id: string }, collaborationId: string): Promise<FollowUpCollaboration> {
  return requireCollaboration(db, user, collaborationId, { as: ["responsible"], open: true });
}
