import type { Tx } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import { auditChange } from "../../audit/audit.ts";
import { assertNameFree, writeNamed } from "./unique-name.ts";
import { ORG_ERRORS, type UnitInput } from "./schema.ts";

/** Creates a unit in an area with its service sector (no id), or edits one. New units go to active areas only. */
export async function saveUnit(tx: Tx, user: SessionUser, input: UnitInput): Promise<{ id: string }> {
  const area = await tx.area.findUnique({ where: { id: input.areaId }, select: { id: true, active: true, municipality: { select: { active: true } } } });
  if (!area) throw new AppError("VALIDATION", { fieldErrors: { areaId: "invalidChoice" } });
  const existing = input.id ? await tx.unit.findUnique({ where: { id: input.id }, select: { areaId: true } }) : null;
  if (input.id && !existing) throw notFound();
  if ((!area.active || !area.municipality.active) && existing?.areaId !== area.id) throw new AppError("VALIDATION", { fieldErrors: { areaId: ORG_ERRORS.inactiveParent } });
  await assertNameFree(tx.unit.findUnique({ where: { areaId_name: { areaId: input.areaId, name: input.name } }, select: { id: true } }), input.id);
  const data = { name: input.name, areaId: input.areaId, sector: input.sector };
  const row = await writeNamed(() => (input.id ? tx.unit.update({ where: { id: input.id }, data, select: { id: true } }) : tx.unit.create({ data, select: { id: true } })));
  await auditChange(tx, input.id ? "admin.unit.update" : "admin.unit.create", { actorId: user.id, objectType: "Unit", objectId: row.id, details: { areaId: input.areaId, sector: input.sector } });
  return row;
}
