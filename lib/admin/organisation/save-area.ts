import type { Tx } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import { auditChange } from "../../audit/audit.ts";
import { assertNameFree, writeNamed } from "./unique-name.ts";
import { ORG_ERRORS, type AreaInput } from "./schema.ts";

/** Creates an area of a municipality (no id) or renames / moves one. A new area needs an active municipality. */
export async function saveArea(tx: Tx, user: SessionUser, input: AreaInput): Promise<{ id: string }> {
  const municipality = await tx.municipality.findUnique({ where: { id: input.municipalityId }, select: { id: true, active: true } });
  if (!municipality) throw new AppError("VALIDATION", { fieldErrors: { municipalityId: "invalidChoice" } });
  const existing = input.id ? await tx.area.findUnique({ where: { id: input.id }, select: { municipalityId: true } }) : null;
  if (input.id && !existing) throw notFound();
  if (!municipality.active && existing?.municipalityId !== municipality.id) throw new AppError("VALIDATION", { fieldErrors: { municipalityId: ORG_ERRORS.inactiveParent } });
  await assertNameFree(tx.area.findUnique({ where: { municipalityId_name: { municipalityId: input.municipalityId, name: input.name } }, select: { id: true } }), input.id);
  const data = { name: input.name, municipalityId: input.municipalityId };
  const row = await writeNamed(() => (input.id ? tx.area.update({ where: { id: input.id }, data, select: { id: true } }) : tx.area.create({ data, select: { id: true } })));
  await auditChange(tx, input.id ? "admin.area.update" : "admin.area.create", { actorId: user.id, objectType: "Area", objectId: row.id, details: { municipalityId: input.municipalityId } });
  return row;
}
