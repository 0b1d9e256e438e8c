import type { Db } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { auditRead } from "../audit/audit.ts";
import { requireGuidanceRequest } from "./policy.ts";

/** One request with the family's words, for a guidance worker of its municipality. The read is logged. */
export async function getContactRequest(db: Db, user: SessionUser, requestId: string) {
  await requireGuidanceRequest(db, user, requestId);
  const request = await db.contactRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: {
      id: true,
      referenceCode: true,
      channel: true,
      municipalityId: true,
      municipality: { select: { name: true } },
      childrenAges: true,
      message: true,
      contactPreference: true,
      phone: true,
      email: true,
      contactTimes: true,
      language: true,
      interpreterNeeded: true,
      interpreterLanguage: true,
      privacyAcknowledgedAt: true,
      status: true,
      takenById: true,
      takenBy: { select: { name: true } },
      takenAt: true,
      outcome: true,
      outcomeNote: true,
      forwardedTo: true,
      closedAt: true,
      collaborationId: true,
      createdAt: true,
    },
  });
  await auditRead(db, "contactRequest.read", { actorId: user.id, objectType: "ContactRequest", objectId: request.id });
  return { ...request, takenByMe: request.takenById === user.id };
}

/**
 * Whom a collaboration started from a request can be given to: the active frontline workers of the
 * request's municipality (by their unit's area), by name.
 */
export async function listFrontlineWorkers(db: Db, municipalityId: string) {
  return db.user.findMany({
    where: { active: true, roles: { has: "FRONTLINE_WORKER" }, unit: { area: { municipalityId } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, name: true, title: true, unit: { select: { name: true } } },
  });
}
