// Retiring and reactivating: history points at these rows (meetings at rooms, families at
// municipalities), so nothing is deleted. A retired row keeps its past and is left out of every
// picker for new work (convening offers only active rooms of active units and active teams).
import type { Tx } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { notFound } from "../../errors/app-error.ts";
import { auditChange } from "../../audit/audit.ts";
import type { ChangeAction } from "../../audit/events.ts";
import type { OrgKind, SetActiveInput } from "./schema.ts";

/** Each kind's row type and its two audit events, spelled out so that a log review finds them here. */
const AUDIT: Record<OrgKind, { objectType: string; retire: ChangeAction; reactivate: ChangeAction }> = {
  municipality: { objectType: "Municipality", retire: "admin.municipality.retire", reactivate: "admin.municipality.reactivate" },
  area: { objectType: "Area", retire: "admin.area.retire", reactivate: "admin.area.reactivate" },
  unit: { objectType: "Unit", retire: "admin.unit.retire", reactivate: "admin.unit.reactivate" },
  room: { objectType: "Room", retire: "admin.room.retire", reactivate: "admin.room.reactivate" },
  team: { objectType: "FamilyCentreTeam", retire: "admin.team.retire", reactivate: "admin.team.reactivate" },
};

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
  const audit = AUDIT[input.kind];
  await auditChange(tx, input.active ? audit.reactivate : audit.retire, { actorId: user.id, objectType: audit.objectType, objectId: input.id });
  return { id: input.id, active: input.active };
}
