import "server-only";
import type { Db } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { requireAdmin } from "../require-admin.ts";

/** Areas offered for new units and teams: active areas of active municipalities, by municipality and name. */
export async function areaOptions(db: Db, user: SessionUser) {
  requireAdmin(user);
  const areas = await db.area.findMany({
    where: { active: true, municipality: { active: true } },
    orderBy: [{ municipality: { name: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, municipality: { select: { name: true } } },
  });
  return areas.map((a) => ({ id: a.id, label: `${a.municipality.name}: ${a.name}` }));
}
