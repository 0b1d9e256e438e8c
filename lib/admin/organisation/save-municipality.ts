import type { Tx } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import { auditChange } from "../../audit/audit.ts";
import { assertNameFree, writeNamed } from "./unique-name.ts";
import type { MunicipalityInput } from "./schema.ts";

/** Creates a municipality (no id) or edits one: name, Swedish name, language, county. */
export async function saveMunicipality(tx: Tx, user: SessionUser, input: MunicipalityInput): Promise<{ id: string }> {
  const county = await tx.county.findUnique({ where: { id: input.countyId }, select: { id: true } });
  if (!county) throw new AppError("VALIDATION", { fieldErrors: { countyId: "invalidChoice" } });
  if (input.id && !(await tx.municipality.findUnique({ where: { id: input.id }, select: { id: true } }))) throw notFound();
  await assertNameFree(tx.municipality.findUnique({ where: { name: input.name }, select: { id: true } }), input.id);
  const data = { name: input.name, nameSv: input.nameSv, language: input.language, countyId: input.countyId };
  const row = await writeNamed(() =>
    input.id ? tx.municipality.update({ where: { id: input.id }, data, select: { id: true } }) : tx.municipality.create({ data, select: { id: true } }),
  );
  await auditChange(tx, input.id ? "admin.municipality.update" : "admin.municipality.create", { actorId: user.id, objectType: "Municipality", objectId: row.id, details: { countyId: input.countyId, language: input.language } });
  return row;
}
