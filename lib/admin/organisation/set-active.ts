// Retiring and reactivating: history points at these rows (meetings at rooms, families at
// municipalities), so nothing is deleted. A retired row keeps its past and is left out of every
// picker for new work (convening offers only active rooms of active units and active teams).
import type { Tx } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { notFound } from "../../errors/app-error.ts";
import { auditOrgChange } from "./audit-change.ts";
import type { OrgKind, SetActiveInput } from "./schema.ts";

const OBJECT_TYPE: Record<OrgKind, string> = { municipality: "Municipality", area: "Area", unit: "Unit", room: "Room", team: "FamilyCentreTeam" };

async function update(tx: Tx, kind: OrgKind, id: string, active: boolean): Promise<number> {
  const args = { where: { id }, data: { active } };
  switch (kind) {
    case "municipality":
      return (await tx.municipality.updateMany(args)).count;
    case "area":
      return (await tx.area.updateMany(args)).count;
    case "unit":
      return (await tx.unit.updateMany(args)).count;
    case "room":
      return (await tx.room.updateMany(args)).count;
    case "team":
      return (await tx.familyCentreTeam.updateMany(args)).count;
  }
}

export async function setOrganisationActive(tx: Tx, user: SessionUser, input: SetActiveInput): Promise<{ id: string; active: boolean }> {
  if ((await update(tx, input.kind, input.id, input.active)) === 0) throw notFound();
  await auditOrgChange(tx, user.id, `${input.kind}.${input.active ? "reactivate" : "retire"}`, OBJECT_TYPE[input.kind], input.id);
  return { id: input.id, active: input.active };
}
