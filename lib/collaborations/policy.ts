// Need to know: a worker sees a family only through a collaboration they take part in
// (frontline worker, invited team member, responsible worker), as listed in CollaborationMember.
import type { Prisma } from "../db/generated/client.ts";
import type { DbOrTx } from "../db/types.ts";
import { hasRole, type SessionUser } from "../auth/session-user.ts";
import { AppError, notFound } from "../errors/app-error.ts";

/** Prisma filter for lists: the database does the scoping. */
export function visibleTo(user: Pick<SessionUser, "id">): Prisma.CollaborationWhereInput {
  return { members: { some: { userId: user.id, removedAt: null } } };
}

export async function canViewCollaboration(db: DbOrTx, user: Pick<SessionUser, "id">, collaborationId: string): Promise<boolean> {
  const member = await db.collaborationMember.findFirst({
    where: { collaborationId, userId: user.id, removedAt: null },
    select: { id: true },
  });
  return member !== null;
}

/** Who may open a new collaboration with a family: those who raise the concern. */
export function canCreateCollaboration(user: Pick<SessionUser, "roles">): boolean {
  return hasRole(user, "FRONTLINE_WORKER") || hasRole(user, "GUIDANCE_WORKER");
}

/** The pages that list families are for the people who work with them; coordinators get none. */
export function canListFamilies(user: Pick<SessionUser, "roles">): boolean {
  return hasRole(user, "FRONTLINE_WORKER") || hasRole(user, "TEAM_MEMBER") || hasRole(user, "GUIDANCE_WORKER");
}

/**
 * The frontline worker who owns the collaboration leads puheeksiotto, consent and convening.
 * Throws NOT_FOUND (not FORBIDDEN) for anyone else, and CONFLICT-free refusal once it is closed.
 */
export async function requireOwner(db: DbOrTx, user: Pick<SessionUser, "id">, collaborationId: string): Promise<{ id: string; familyId: string; areaId: string | null; status: string }> {
  const c = await db.collaboration.findFirst({
    where: { id: collaborationId, members: { some: { userId: user.id, role: "OWNER", removedAt: null } } },
    select: { id: true, familyId: true, areaId: true, status: true },
  });
  if (!c) throw notFound();
  if (c.status === "CLOSED") throw new AppError("FORBIDDEN", { message: "closed" });
  return c;
}
