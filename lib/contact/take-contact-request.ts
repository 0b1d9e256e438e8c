import type { Tx } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { auditChange } from "../audit/audit.ts";
import { AppError } from "../errors/app-error.ts";
import { requireGuidanceRequest } from "./policy.ts";

/**
 * Takes a new request as the worker's own. One conditional update (only a NEW request passes), so
 * when two workers press "take" at once exactly one gets it; the other is told it was taken.
 */
export async function takeContactRequest(tx: Tx, user: SessionUser, requestId: string, now = new Date()): Promise<{ id: string }> {
  await requireGuidanceRequest(tx, user, requestId);
  const taken = await tx.contactRequest.updateMany({
    where: { id: requestId, status: "NEW" },
    data: { status: "TAKEN", takenById: user.id, takenAt: now },
  });
  if (taken.count !== 1) throw new AppError("CONFLICT", { message: "requestAlreadyTaken", fieldErrors: { _form: "requestAlreadyTaken" } });
  await auditChange(tx, "contactRequest.take", { actorId: user.id, objectType: "ContactRequest", objectId: requestId });
  return { id: requestId };
}
