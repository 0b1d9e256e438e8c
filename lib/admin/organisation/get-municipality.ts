import "server-only";
import { z } from "zod";
import type { Db } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { notFound } from "../../errors/app-error.ts";
import { requireAdmin } from "../require-admin.ts";

/** One municipality with its areas (retired ones too, so they can be reactivated), and the counties to choose from. */
export async function getMunicipality(db: Db, user: SessionUser, id: string) {
  requireAdmin(user);
  if (!z.uuid().safeParse(id).success) throw notFound();
  const [municipality, counties] = await Promise.all([
    db.municipality.findUnique({
      where: { id },
      select: { id: true, name: true, nameSv: true, language: true, active: true, countyId: true, areas: { orderBy: [{ name: "asc" }], select: { id: true, name: true, active: true } } },
    }),
    db.county.findMany({ orderBy: [{ name: "asc" }], select: { id: true, name: true } }),
  ]);
  if (!municipality) throw notFound();
  return { municipality, counties };
}
