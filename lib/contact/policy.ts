// Who may see a contact request: only the guidance-service workers (GUIDANCE_WORKER) of the
// request's municipality. A worker's municipality is their scope municipality, or else the
// municipality of their unit. Everyone else gets NOT_FOUND, as for a request that does not exist.
import type { Prisma } from "../db/generated/client.ts";
import type { DbOrTx } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { can } from "../authz/capabilities.ts";
import { isUuid } from "../authz/collaboration-access.ts";
import { notFound } from "../errors/app-error.ts";

/** The municipality whose requests the user handles, or null (not a guidance worker, or no municipality). */
export async function guidanceMunicipalityId(db: DbOrTx, user: Pick<SessionUser, "id" | "roles">): Promise<string | null> {
  if (!can(user, "guidance.handle")) return null;
  const me = await db.user.findUnique({
    where: { id: user.id },
    select: { active: true, scopeMunicipalityId: true, unit: { select: { area: { select: { municipalityId: true } } } } },
  });
  if (!me?.active) return null;
  return me.scopeMunicipalityId ?? me.unit?.area.municipalityId ?? null;
}

/** Prisma filter for lists: the database does the scoping. */
export function contactRequestsOf(municipalityId: string): Prisma.ContactRequestWhereInput {
  return { municipalityId };
}

/** The municipality whose requests the user handles (the grant of a phone contact); NOT_FOUND otherwise. */
export async function requireGuidanceMunicipality(db: DbOrTx, user: Pick<SessionUser, "id" | "roles">): Promise<string> {
  const municipalityId = await guidanceMunicipalityId(db, user);
  if (!municipalityId) throw notFound();
  return municipalityId;
}

export type GuidanceRequest = Awaited<ReturnType<typeof requireGuidanceRequest>>;

/** The request, if the user may handle it; NOT_FOUND otherwise. */
export async function requireGuidanceRequest(db: DbOrTx, user: Pick<SessionUser, "id" | "roles">, requestId: string) {
  if (!isUuid(requestId)) throw notFound();
  const municipalityId = await requireGuidanceMunicipality(db, user);
  const request = await db.contactRequest.findFirst({
    where: { id: requestId, ...contactRequestsOf(municipalityId) },
    select: { id: true, status: true, takenById: true, municipalityId: true, channel: true, message: true, language: true, interpreterNeeded: true, referenceCode: true },
  });
  if (!request) throw notFound();
  return request;
}
