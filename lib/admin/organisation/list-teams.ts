import "server-only";
import type { Db } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { requireAdmin } from "../require-admin.ts";
import { pageCount, paging } from "./paging.ts";

/** Family-centre teams by name (search by team or area name), one page with the total, each with its members. */
export async function listTeams(db: Db, user: SessionUser, opts: { page?: number; q?: string } = {}) {
  requireAdmin(user);
  const { page, q, skip, take } = paging(opts);
  const contains = { contains: q, mode: "insensitive" as const };
  const where = q ? { OR: [{ name: contains }, { area: { name: contains } }] } : {};
  const [rows, total] = await Promise.all([
    db.familyCentreTeam.findMany({
      where,
      orderBy: [{ name: "asc" }],
      skip,
      take,
      select: {
        id: true,
        name: true,
        active: true,
        areaId: true,
        area: { select: { name: true, municipality: { select: { name: true } } } },
        members: {
          where: { active: true },
          orderBy: [{ user: { name: "asc" } }, { expertise: "asc" }],
          select: { id: true, expertise: true, user: { select: { id: true, name: true, email: true, active: true } } },
        },
      },
    }),
    db.familyCentreTeam.count({ where }),
  ]);
  return { rows, total, page, pages: pageCount(total), q };
}
