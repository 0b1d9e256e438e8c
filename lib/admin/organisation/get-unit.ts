import "server-only";
import { z } from "zod";
import type { Db } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { notFound } from "../../errors/app-error.ts";
import { requireAdmin } from "../require-admin.ts";

/** One unit with its rooms (retired ones too). */
export async function getUnit(db: Db, user: SessionUser, id: string) {
  requireAdmin(user);
  if (!z.uuid().safeParse(id).success) throw notFound();
  const unit = await db.unit.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      sector: true,
      active: true,
      areaId: true,
      area: { select: { name: true, municipality: { select: { name: true } } } },
      rooms: { orderBy: [{ name: "asc" }], select: { id: true, name: true, capacity: true, accessible: true, active: true } },
    },
  });
  if (!unit) throw notFound();
  return unit;
}
