import "server-only";
import { z } from "zod";
import type { Db } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { notFound } from "../../errors/app-error.ts";
import { requireAdmin } from "../require-admin.ts";

/** One team with its current (active) members. */
export async function getTeam(db: Db, user: SessionUser, id: string) {
  requireAdmin(user);
  if (!z.uuid().safeParse(id).success) throw notFound();
  const team = await db.familyCentreTeam.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      active: true,
      areaId: true,
      area: { select: { name: true, municipality: { select: { name: true } } } },
      members: {
        where: { active: true },
        orderBy: [{ user: { name: "asc" } }, { expertise: "asc" }],
        select: { id: true, expertise: true, user: { select: { id: true, name: true, email: true, title: true, active: true } } },
      },
    },
  });
  if (!team) throw notFound();
  return team;
}
