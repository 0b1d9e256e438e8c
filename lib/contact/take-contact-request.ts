import type { Tx } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { auditChange } from "../audit/audit.ts";
import { AppError } from "../errors/app-error.ts";
import type { GuidanceRequest } from "./policy.ts";

/**
 * Takes a new request as the worker's own. One conditional update (only a NEW request passes), so
 * when two workers press "take" at once exactly one gets it; the other is told it was taken. The
 * caller's policy (requireGuidanceRequest) has checked the request: `request` is its grant.
 */
export async function takeContactRequest(tx: Tx, user: SessionUser, request: Pick<GuidanceRequest, "id">, now = new Date()): Promise<{ id: string }> {
  const requestId = request.id;
  const taken = await tx.contactRequest.updateMany({
    where: { id: requestId, status: "NEW" },
    data: { status: "TAKEN", takenById: user.id, takenAt: now },
  });
  if (taken.count !== 1) throw new AppError("CONFLICT", { message: "requestAlreadyTaken", fieldErrors: { _form: "requestAlreadyTaken" } });
  await auditChange(tx, "contactRequest.take", { actorId: user.id, objectType: "ContactRequest", objectId: requestId });
  return { id: requestId };
}
