// Who does the follow-up: the family's active responsible worker(s). Anyone else — including a
// worker who has handed the family over — gets NOT_FOUND (no existence leak). A closed
// collaboration is read-only: every change is refused with a clear message until it is reopened.
import type { DbOrTx } from "../db/types.ts";
import { AppError, notFound } from "../errors/app-error.ts";

export interface FollowUpCollaboration {
  id: string;
  familyId: string;
  status: string;
}

export async function findResponsibleCollaboration(db: DbOrTx, user: { id: string }, collaborationId: string): Promise<FollowUpCollaboration | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(collaborationId)) return null;
  return db.collaboration.findFirst({
    where: { id: collaborationId, responsibleWorkers: { some: { userId: user.id, endedAt: null } } },
    select: { id: true, familyId: true, status: true },
  });
}

/** For reading (the closed collaboration stays readable to its responsible worker). */
export async function requireResponsible(db: DbOrTx, user: { id: string }, collaborationId: string): Promise<FollowUpCollaboration> {
  const c = await findResponsibleCollaboration(db, user, collaborationId);
  if (!c) throw notFound();
  return c;
}

/** For changes: the responsible worker, and only while the joint work is open. */
export async function requireResponsibleForChange(db: DbOrTx, user: { id: string }, collaborationId: string): Promise<FollowUpCollaboration> {
  const c = await requireResponsible(db, user, collaborationId);
  if (c.status === "CLOSED") throw new AppError("FORBIDDEN", { message: "closed", fieldErrors: { _form: "collaborationClosed" } });
  return c;
}
