import type { Tx } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { auditChange } from "../audit/audit.ts";
import { AppError } from "../errors/app-error.ts";
import { createCollaboration } from "../collaborations/create-collaboration.ts";
import type { GuidanceRequest } from "./policy.ts";
import type { StartCollaborationValues } from "./schema.ts";

/**
 * Outcome "collaboration started": opens the joint work for the family of a request the worker has
 * taken. Entry route is the request's channel (ELECTRONIC_CONTACT or PHONE), the family's own words
 * become the collaboration's family wishes verbatim, and the owner is the worker or a frontline
 * worker of the family's municipality they chose (who then finds the family in their own list).
 * The request is closed by a conditional update in the same transaction; if someone else closed it
 * meanwhile, everything is rolled back. The caller's policy (requireGuidanceRequest) has checked
 * the request: `request` is its grant.
 */
export async function startCollaborationFromRequest(tx: Tx, user: SessionUser, request: GuidanceRequest, input: StartCollaborationValues, now = new Date()): Promise<{ id: string }> {
  if (request.status !== "TAKEN" || request.takenById !== user.id)
    throw new AppError("CONFLICT", { message: "requestNotYours", fieldErrors: { _form: "requestNotYours" } });

  const ownerId = input.ownerId === "self" ? user.id : input.ownerId;
  const owner = await tx.user.findUnique({
    where: { id: ownerId },
    select: { active: true, roles: true, unit: { select: { area: { select: { id: true, municipalityId: true } } } } },
  });
  const ownerArea = owner?.unit?.area;
  if (input.ownerId !== "self") {
    const eligible = owner?.active && owner.roles.includes("FRONTLINE_WORKER") && ownerArea?.municipalityId === request.municipalityId;
    if (!eligible) throw new AppError("VALIDATION", { fieldErrors: { ownerId: "ownerNotEligible" } });
  }
  const channel = request.channel === "PHONE" ? "PHONE" : "ELECTRONIC_CONTACT";
  const collaboration = await createCollaboration(
    tx,
    user,
    {
      guardians: input.guardians,
      children: input.children,
      familyLanguage: input.familyLanguage,
      interpreterNeeded: input.interpreterNeeded,
      entryRoute: channel,
    },
    {
      municipalityId: request.municipalityId,
      areaId: ownerArea?.municipalityId === request.municipalityId ? ownerArea.id : null,
      ownerId,
      familyWishes: request.message,
      auditDetails: { contactRequestId: request.id },
    },
  );
  const closed = await tx.contactRequest.updateMany({
    where: { id: request.id, status: "TAKEN", takenById: user.id },
    data: { status: "CLOSED", outcome: "COLLABORATION_STARTED", collaborationId: collaboration.id, closedAt: now },
  });
  if (closed.count !== 1) throw new AppError("CONFLICT", { message: "requestNotYours", fieldErrors: { _form: "requestNotYours" } });
  await auditChange(tx, "contactRequest.close", {
    actorId: user.id,
    objectType: "ContactRequest",
    objectId: request.id,
    collaborationId: collaboration.id,
    details: { outcome: "COLLABORATION_STARTED", ownerId },
  });
  return collaboration;
}
