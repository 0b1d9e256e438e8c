import type { Db } from "../db/types.ts";
import { hasRole, type SessionUser } from "../auth/session-user.ts";
import { AppError } from "../errors/app-error.ts";

/** What an admin manages: users, teams, units with rooms, star templates. Four queries, whatever the size. */
export async function adminOverview(db: Db, user: SessionUser) {
  if (!hasRole(user, "ADMIN")) throw new AppError("NOT_FOUND");
  const [users, teams, units, templates] = await Promise.all([
    db.user.findMany({
      orderBy: { name: "asc" },
      select: { id: true, name: true, email: true, title: true, roles: true, active: true, unit: { select: { name: true } } },
    }),
    db.familyCentreTeam.findMany({
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        area: { select: { name: true } },
        members: { where: { active: true }, select: { id: true, expertise: true, user: { select: { name: true } } } },
      },
    }),
    db.unit.findMany({
      orderBy: [{ area: { name: "asc" } }, { name: "asc" }],
      select: { id: true, name: true, sector: true, area: { select: { name: true } }, rooms: { where: { active: true }, select: { id: true, name: true, capacity: true } } },
    }),
    db.starTemplate.findMany({ orderBy: { version: "desc" }, select: { id: true, version: true, status: true, publishedAt: true, _count: { select: { areas: true } } } }),
  ]);
  return { users, teams, units, templates };
}
