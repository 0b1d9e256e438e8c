import type { Prisma } from "../db/generated/client.ts";
import type { DbOrTx } from "../db/types.ts";

const guidanceWorker: Prisma.UserWhereInput = { active: true, roles: { has: "GUIDANCE_WORKER" } };

/**
 * Municipalities whose families can send a request: active ones with at least one active guidance worker
 * (by scope, or by unit when no scope is set), so no request lands where nobody reads it.
 */
export const servedMunicipality: Prisma.MunicipalityWhereInput = {
  // A retired municipality takes no new requests (its history stays).
  active: true,
  OR: [
    { users: { some: guidanceWorker } },
    { areas: { some: { units: { some: { users: { some: { ...guidanceWorker, scopeMunicipalityId: null } } } } } } },
  ],
};

/** The municipalities a family can choose on the public form, by name in the page's language. */
export async function listPublicMunicipalities(db: DbOrTx, locale: "fi" | "sv" | "en"): Promise<{ id: string; name: string }[]> {
  const rows = await db.municipality.findMany({ where: servedMunicipality, select: { id: true, name: true, nameSv: true }, take: 1000 });
  return rows
    .map((m) => ({ id: m.id, name: locale === "sv" && m.nameSv ? m.nameSv : m.name }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
