import type { DbOrTx } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { requireCapability } from "../authz/capabilities.ts";
import { AppError, notFound } from "../errors/app-error.ts";

export interface ScopedMunicipality {
  id: string;
  name: string;
  nameSv: string | null;
  adoptionStage: string;
}

/** The municipalities a coordinator may see: the whole county, or their own municipality. */
export async function coordinatorMunicipalities(db: DbOrTx, user: SessionUser): Promise<ScopedMunicipality[]> {
  return (await coordinatorScope(db, user)).municipalities;
}

export interface CoordinatorScope {
  level: "county" | "municipality" | "none";
  /** the county's or the municipality's name */
  name: string;
  municipalities: ScopedMunicipality[];
}

/** Who may see what. Anyone who is not a coordinator gets NOT_FOUND: to them the reports do not exist. */
export async function coordinatorScope(db: DbOrTx, user: SessionUser): Promise<CoordinatorScope> {
  requireCapability(user, "reports.view");
  const me = await db.user.findUnique({
    where: { id: user.id },
    select: { scopeCounty: { select: { name: true } }, scopeCountyId: true, scopeMunicipalityId: true, scopeMunicipality: { select: { name: true } } },
  });
  if (!me || (!me.scopeCountyId && !me.scopeMunicipalityId)) return { level: "none", name: "", municipalities: [] };
  const municipalities = await db.municipality.findMany({
    where: me.scopeMunicipalityId ? { id: me.scopeMunicipalityId } : { countyId: me.scopeCountyId! },
    select: { id: true, name: true, nameSv: true, adoptionStage: true },
    orderBy: { name: "asc" },
  });
  return me.scopeMunicipalityId
    ? { level: "municipality", name: me.scopeMunicipality?.name ?? "", municipalities }
    : { level: "county", name: me.scopeCounty?.name ?? "", municipalities };
}

/**
 * The municipalities one report covers: the whole scope, or the one chosen. A municipality id that
 * does not exist is a translated field error; one that exists outside the scope is NOT_FOUND (a
 * forged call), exactly as for any object the user may not see.
 */
export async function municipalitiesForReport(db: DbOrTx, scope: CoordinatorScope, municipalityId: string): Promise<ScopedMunicipality[]> {
  if (municipalityId === "") return scope.municipalities;
  const inScope = scope.municipalities.find((m) => m.id === municipalityId);
  if (inScope) return [inScope];
  const exists = await db.municipality.findUnique({ where: { id: municipalityId }, select: { id: true } });
  if (!exists) throw new AppError("VALIDATION", { fieldErrors: { municipality: "unknownMunicipality" } });
  throw notFound();
}

/** A change to one municipality (its adoption stage): in scope, or NOT_FOUND. */
export async function requireMunicipalityInScope(db: DbOrTx, user: SessionUser, municipalityId: string): Promise<ScopedMunicipality> {
  const municipality = (await coordinatorScope(db, user)).municipalities.find((m) => m.id === municipalityId);
  if (!municipality) throw notFound();
  return municipality;
}
