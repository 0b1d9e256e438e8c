import type { Db } from "../db/types.ts";
import { auditRead } from "../audit/audit.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { visibleTo } from "./policy.ts";

export interface MyCollaborationRow {
  id: string;
  familyName: string;
  children: { firstName: string; birthYear: number }[];
  status: string;
  entryRoute: string;
  concernRaisedAt: Date;
  myRoles: string[];
}

/** The user's active collaborations, newest first. A constant number of queries, however many rows. */
export async function listMyCollaborations(db: Db, user: SessionUser): Promise<MyCollaborationRow[]> {
  const rows = await db.collaboration.findMany({
    where: { ...visibleTo(user), status: { not: "CLOSED" } },
    orderBy: { concernRaisedAt: "desc" },
    take: 500,
    select: {
      id: true,
      familyId: true,
      status: true,
      entryRoute: true,
      concernRaisedAt: true,
      family: {
        select: {
          guardians: { select: { lastName: true }, orderBy: { lastName: "asc" } },
          children: { select: { firstName: true, birthYear: true }, orderBy: { birthYear: "asc" } },
        },
      },
      members: { where: { userId: user.id, removedAt: null }, select: { role: true } },
    },
  });
  if (rows.length > 0) {
    // One use-log event per request, naming every family shown (ids only).
    await auditRead(db, "collaboration.list", {
      actorId: user.id,
      details: { collaborationIds: rows.map((r) => r.id), familyIds: rows.map((r) => r.familyId) },
    });
  }
  return rows.map((r) => ({
    id: r.id,
    familyName: [...new Set(r.family.guardians.map((g) => g.lastName))].join(" / "),
    children: r.family.children,
    status: r.status,
    entryRoute: r.entryRoute,
    concernRaisedAt: r.concernRaisedAt,
    myRoles: r.members.map((m) => m.role),
  }));
}
