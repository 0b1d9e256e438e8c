// Whom the chair can record as the family's responsible worker: the professionals who take part in
// this collaboration (the chair, the invited team members who have not declined, the current
// responsible workers). Only professional users (PROFESSIONAL_ROLES), only active accounts: the same
// rule nameResponsibleWorkers enforces, so the list never offers a choice the server refuses.
import type { DbOrTx } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { requireOwner } from "../collaborations/policy.ts";
import { PROFESSIONAL_ROLES } from "./name-responsible-workers.ts";

export interface ResponsibleCandidate {
  id: string;
  name: string;
  title: string;
  unit: string | null;
}

/** The chair only (requireOwner: anyone else gets NOT_FOUND); sorted by name. */
export async function listResponsibleCandidates(db: DbOrTx, user: Pick<SessionUser, "id">, collaborationId: string): Promise<ResponsibleCandidate[]> {
  await requireOwner(db, user, collaborationId);
  return listCandidatesOf(db, collaborationId);
}

/** The same, for a caller that has checked the chair already (the plan page's one access read). */
export async function listCandidatesOf(db: DbOrTx, collaborationId: string): Promise<ResponsibleCandidate[]> {
  const users = await db.user.findMany({
    where: {
      active: true,
      roles: { hasSome: [...PROFESSIONAL_ROLES] },
      OR: [
        { memberships: { some: { collaborationId, removedAt: null } } },
        { invitations: { some: { status: { in: ["PENDING", "ACCEPTED"] }, meeting: { collaborationId, status: { not: "CANCELLED" } } } } },
        { responsibilities: { some: { collaborationId, endedAt: null } } },
      ],
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, title: true, unit: { select: { name: true } } },
  });
  return users.map((u) => ({ id: u.id, name: u.name, title: u.title, unit: u.unit?.name ?? null }));
}
