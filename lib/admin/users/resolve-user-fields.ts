// The checks a new or edited user's details need against the database: the e-mail is free, the
// unit is an active one, and a coordinator's scope names a real county or active municipality.
import type { DbOrTx } from "../../db/types.ts";
import { AppError } from "../../errors/app-error.ts";
import type { UserDetails } from "./schema.ts";

export async function assertEmailFree(tx: DbOrTx, email: string, exceptUserId?: string): Promise<void> {
  const taken = await tx.user.findFirst({
    where: { email: { equals: email, mode: "insensitive" }, ...(exceptUserId ? { id: { not: exceptUserId } } : {}) },
    select: { id: true },
  });
  if (taken) throw new AppError("VALIDATION", { fieldErrors: { email: "emailTaken" } });
}

/** The stored columns for unit and scope, or a field error. A unit already on the user may stay even if retired. */
export async function resolveUnitAndScope(
  tx: DbOrTx,
  input: Pick<UserDetails, "unitId" | "roles" | "coordinatorScope">,
  currentUnitId?: string | null,
): Promise<{ unitId: string | null; scopeCountyId: string | null; scopeMunicipalityId: string | null }> {
  let unitId: string | null = null;
  if (input.unitId) {
    const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true, active: true } });
    if (!unit || (!unit.active && unit.id !== currentUnitId)) throw new AppError("VALIDATION", { fieldErrors: { unitId: "unknownUnit" } });
    unitId = unit.id;
  }
  if (!input.roles.includes("COORDINATOR")) return { unitId, scopeCountyId: null, scopeMunicipalityId: null };
  const [kind, id] = input.coordinatorScope.split(":");
  if (kind === "county") {
    const county = await tx.county.findUnique({ where: { id }, select: { id: true } });
    if (county) return { unitId, scopeCountyId: county.id, scopeMunicipalityId: null };
  } else if (kind === "municipality") {
    const m = await tx.municipality.findUnique({ where: { id }, select: { id: true, active: true } });
    if (m?.active) return { unitId, scopeCountyId: null, scopeMunicipalityId: m.id };
  }
  throw new AppError("VALIDATION", { fieldErrors: { coordinatorScope: "invalidChoice" } });
}

/** The form's value for a stored scope. */
export function scopeValue(u: { scopeCountyId: string | null; scopeMunicipalityId: string | null }): string {
  if (u.scopeMunicipalityId) return `municipality:${u.scopeMunicipalityId}`;
  if (u.scopeCountyId) return `county:${u.scopeCountyId}`;
  return "";
}
