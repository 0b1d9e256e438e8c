import "server-only";
import type { Db } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { requireAdmin } from "../require-admin.ts";
import { pageCount, paging } from "./paging.ts";

/** Municipalities by name (searchable, one page at a time, with the total), each with its areas. */
export async function listMunicipalities(db: Db, user: SessionUser, opts: { page?: number; q?: string } = {}) {
  requireAdmin(user);
  const { page, q, skip, take } = paging(opts);
  const where = q ? { OR: [{ name: { contains: q, mode: "insensitive" as const } }, { nameSv: { contains: q, mode: "insensitive" as const } }] } : {};
  const [rows, total, counties] = await Promise.all([
    db.municipality.findMany({
      where,
      orderBy: [{ name: "asc" }],
      skip,
      take,
      select: {
        id: true,
        name: true,
        nameSv: true,
        language: true,
        active: true,
        countyId: true,
        county: { select: { name: true } },
        areas: { orderBy: [{ name: "asc" }], select: { id: true, name: true, active: true } },
      },
    }),
    db.municipality.count({ where }),
    db.county.findMany({ orderBy: [{ name: "asc" }], select: { id: true, name: true } }),
  ]);
  return { rows, total, page, pages: pageCount(total), q, counties };
}
