import type { Tx } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import { auditChange } from "../../audit/audit.ts";
import { assertNameFree, writeNamed } from "./unique-name.ts";
import { ORG_ERRORS, type TeamInput } from "./schema.ts";

/** Creates an area's family-centre team (no id) or renames / moves one. A team always has an area. */
export async function saveTeam(tx: Tx, user: SessionUser, input: TeamInput): Promise<{ id: string }> {
  const area = await tx.area.findUnique({ where: { id: input.areaId }, select: { id: true, active: true, municipality: { select: { active: true } } } });
  if (!area) throw new AppError("VALIDATION", { fieldErrors: { areaId: ORG_ERRORS.areaRequired } });
  const existing = input.id ? await tx.familyCentreTeam.findUnique({ where: { id: input.id }, select: { areaId: true } }) : null;
  if (input.id && !existing) throw notFound();
  if ((!area.active || !area.municipality.active) && existing?.areaId !== area.id) throw new AppError("VALIDATION", { fieldErrors: { areaId: ORG_ERRORS.inactiveParent } });
  await assertNameFree(tx.familyCentreTeam.findUnique({ where: { name: input.name }, select: { id: true } }), input.id);
  const data = { name: input.name, areaId: input.areaId };
  const row = await writeNamed(() =>
    input.id ? tx.familyCentreTeam.update({ where: { id: input.id }, data, select: { id: true } }) : tx.familyCentreTeam.create({ data, select: { id: true } }),
  );
  await auditChange(tx, input.id ? "admin.team.update" : "admin.team.create", { actorId: user.id, objectType: "FamilyCentreTeam", objectId: row.id, details: { areaId: input.areaId } });
  return row;
}
