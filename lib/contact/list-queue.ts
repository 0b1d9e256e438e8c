import type { Db } from "../db/types.ts";
import { hasRole, type SessionUser } from "../auth/session-user.ts";
import { AppError } from "../errors/app-error.ts";

/**
 * The guidance service's queue, oldest first. A guidance worker sees the requests of their own
 * municipality, or of their whole county when their unit serves the county.
 */
export async function listContactQueue(db: Db, user: SessionUser) {
  if (!hasRole(user, "GUIDANCE_WORKER")) throw new AppError("NOT_FOUND");
  const me = await db.user.findUnique({
    where: { id: user.id },
    select: { scopeMunicipalityId: true, unit: { select: { area: { select: { municipality: { select: { countyId: true } } } } } } },
  });
  const countyId = me?.unit?.area.municipality.countyId;
  if (!me?.scopeMunicipalityId && !countyId) return [];
  return db.contactRequest.findMany({
    where: {
      status: { not: "CLOSED" },
      municipality: me.scopeMunicipalityId ? { id: me.scopeMunicipalityId } : { countyId },
    },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: { id: true, referenceCode: true, channel: true, status: true, createdAt: true, municipality: { select: { name: true } } },
  });
}
