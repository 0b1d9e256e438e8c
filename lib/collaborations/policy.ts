// Need to know: a worker sees a family only through a collaboration they take part in
// (frontline worker, invited team member, responsible worker), as listed in CollaborationMember.
// The rules themselves live in lib/authz/collaboration-access.ts; these are their names here.
import type { Prisma } from "../db/generated/client.ts";
import type { DbOrTx } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { collaborationWhere, isUuid, requireCollaboration, type CollaborationGrant } from "../authz/collaboration-access.ts";

/** Prisma filter for lists: the database does the scoping. */
export function visibleTo(user: Pick<SessionUser, "id">): Prisma.CollaborationWhereInput {
  return collaborationWhere(user.id, ["member"]);
}

export async function canViewCollaboration(db: DbOrTx, user: Pick<SessionUser, "id">, collaborationId: string): Promise<boolean> {
  if (!isUuid(collaborationId)) return false;
  const c = await db.collaboration.findFirst({ where: { AND: [{ id: collaborationId }, visibleTo(user)] }, select: { id: true } });
  return c !== null;
}

/**
 * The frontline worker who owns the collaboration leads puheeksiotto, consent and convening.
 * NOT_FOUND (not FORBIDDEN) for anyone else; a closed collaboration is refused.
 */
export function requireOwner(db: DbOrTx, user: Pick<SessionUser, "id">, collaborationId: string): Promise<CollaborationGrant> {
  return requireCollaboration(db, user, collaborationId, { as: ["owner"], open: true });
}
