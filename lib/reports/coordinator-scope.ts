import type { Db } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { hasRole } from "../auth/session-user.ts";
import { AppError } from "../errors/app-error.ts";

/** The municipalities a coordinator may see: the whole county, or their own municipality. */
export async function coordinatorMunicipalities(db: Db, user: SessionUser): Promise<{ id: string; name: string; adoptionStage: string }[]> {
  if (!hasRole(user, "COORDINATOR")) throw new AppError("NOT_FOUND");
  const me = await db.user.findUnique({ where: { id: user.id }, select: { scopeCountyId: true, scopeMunicipalityId: true } });
  if (!me || (!me.scopeCountyId && !me.scopeMunicipalityId)) return [];
  return db.municipality.findMany({
    where: me.scopeMunicipalityId ? { id: me.scopeMunicipalityId } : { countyId: me.scopeCountyId! },
    select: { id: true, name: true, adoptionStage: true },
    orderBy: { name: "asc" },
  });
}
