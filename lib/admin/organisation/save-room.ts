import type { Tx } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import { auditChange } from "../../audit/audit.ts";
import { assertNameFree, writeNamed } from "./unique-name.ts";
import type { RoomInput } from "./schema.ts";

/** Creates a meeting room of a unit (no id) or edits its name, capacity (1–200) and accessibility. */
export async function saveRoom(tx: Tx, user: SessionUser, input: RoomInput): Promise<{ id: string }> {
  const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true } });
  if (!unit) throw new AppError("VALIDATION", { fieldErrors: { unitId: "invalidChoice" } });
  const existing = input.id ? await tx.room.findUnique({ where: { id: input.id }, select: { unitId: true } }) : null;
  if (input.id && existing?.unitId !== input.unitId) throw notFound();
  await assertNameFree(tx.room.findUnique({ where: { unitId_name: { unitId: input.unitId, name: input.name } }, select: { id: true } }), input.id);
  const data = { name: input.name, unitId: input.unitId, capacity: input.capacity, accessible: input.accessible };
  const row = await writeNamed(() => (input.id ? tx.room.update({ where: { id: input.id }, data, select: { id: true } }) : tx.room.create({ data, select: { id: true } })));
  await auditChange(tx, input.id ? "admin.room.update" : "admin.room.create", { actorId: user.id, objectType: "Room", objectId: row.id, details: { unitId: input.unitId, capacity: input.capacity, accessible: input.accessible } });
  return row;
}
