import type { Db } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { requireOwner } from "../collaborations/policy.ts";
import { listConsents } from "./list-consents.ts";

/** Guardians, their consents, and the professionals information could be shared with. Owner only. */
export async function consentPageData(db: Db, user: SessionUser, collaborationId: string) {
  const c = await requireOwner(db, user, collaborationId);
  const [guardians, consents, professionals] = await Promise.all([
    db.guardian.findMany({ where: { familyId: c.familyId }, orderBy: { firstName: "asc" }, select: { id: true, firstName: true, lastName: true } }),
    listConsents(db, collaborationId),
    db.teamMember.findMany({
      where: { active: true, team: c.areaId ? { areaId: c.areaId, active: true } : { active: true } },
      orderBy: { user: { name: "asc" } },
      distinct: ["userId"],
      select: { user: { select: { id: true, name: true, title: true } } },
    }),
  ]);
  return { guardians, consents, professionals: professionals.map((p) => p.user) };
}
