// What the user form offers: active units grouped by municipality and area, and the coordinator
// scopes (a whole county, or one active municipality).
import type { DbOrTx } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { requireAdmin } from "../require-admin.ts";

export interface UnitGroup {
  label: string;
  units: { id: string; name: string }[];
}

export async function userFormOptions(db: DbOrTx, actor: SessionUser, keepUnitId?: string | null) {
  requireAdmin(actor);
  const [units, counties, municipalities] = await Promise.all([
    db.unit.findMany({
      where: { OR: [{ active: true, area: { active: true, municipality: { active: true } } }, ...(keepUnitId ? [{ id: keepUnitId }] : [])] },
      select: { id: true, name: true, area: { select: { name: true, municipality: { select: { name: true } } } } },
      orderBy: [{ area: { municipality: { name: "asc" } } }, { area: { name: "asc" } }, { name: "asc" }],
    }),
    db.county.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.municipality.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const groups: UnitGroup[] = [];
  for (const u of units) {
    const label = `${u.area.municipality.name} – ${u.area.name}`;
    let g = groups.at(-1);
    if (!g || g.label !== label) groups.push((g = { label, units: [] }));
    g.units.push({ id: u.id, name: u.name });
  }
  return {
    unitGroups: groups,
    scopes: [
      ...counties.map((c) => ({ value: `county:${c.id}`, label: c.name, kind: "county" as const })),
      ...municipalities.map((m) => ({ value: `municipality:${m.id}`, label: m.name, kind: "municipality" as const })),
    ],
  };
}
