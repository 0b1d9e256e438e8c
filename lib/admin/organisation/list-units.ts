import "server-only";
import type { Db } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { requireAdmin } from "../require-admin.ts";
import { pageCount, paging } from "./paging.ts";

/** Units by name (search by unit, area or municipality name), one page with the total, each with its rooms. */
export async function listUnits(db: Db, user: SessionUser, opts: { page?: number; q?: string } = {}) {
  requireAdmin(user);
  const { page, q, skip, take } = paging(opts);
  const contains = { contains: q, mode: "insensitive" as const };
  const where = q ? { OR: [{ name: contains }, { area: { name: contains } }, { area: { municipality: { name: contains } } }] } : {};
  const [rows, total] = await Promise.all([
    db.unit.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip,
      take,
      select: {
        id: true,
        name: true,
        sector: true,
        active: true,
        areaId: true,
        area: { select: { name: true, municipality: { select: { name: true } } } },
        rooms: { orderBy: [{ name: "asc" }], select: { id: true, name: true, capacity: true, accessible: true, active: true } },
      },
    }),
    db.unit.count({ where }),
  ]);
  return { rows, total, page, pages: pageCount(total), q };
}
