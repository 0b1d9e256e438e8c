import type { Tx } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { auditChange } from "../audit/audit.ts";
import { AppError } from "../errors/app-error.ts";
import type { GuidanceRequest } from "./policy.ts";

/**
 * Records "advice given and closed" or "forwarded to another service". Only the worker who took the
 * request may close it, once: a conditional update on (TAKEN, taken by me). The caller's policy
 * (requireGuidanceRequest) has checked the request.
 */
export async function closeContactRequest(
  tx: Tx,
  user: SessionUser,
  request: Pick<GuidanceRequest, "id">,
  input: { requestId: string; outcome: "ADVICE_GIVEN" | "FORWARDED"; forwardedTo: string; outcomeNote: string },
  now = new Date(),
): Promise<{ id: string }> {
  const closed = await tx.contactRequest.updateMany({
    where: { id: request.id, status: "TAKEN", takenById: user.id },
    data: {
      status: "CLOSED",
      outcome: input.outcome,
      forwardedTo: input.outcome === "FORWARDED" ? input.forwardedTo : null,
      outcomeNote: input.outcomeNote || null,
      closedAt: now,
    },
  });
  if (closed.count !== 1) throw new AppError("CONFLICT", { message: "requestNotYours", fieldErrors: { _form: "requestNotYours" } });
  await auditChange(tx, "contactRequest.close", {
    actorId: user.id,
    objectType: "ContactRequest",
    objectId: request.id,
    details: { outcome: input.outcome },
  });
  return { id: request.id };
}
