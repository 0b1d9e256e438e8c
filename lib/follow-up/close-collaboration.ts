// Perheen sujuva arki: the joint work ends with a reason and a short summary. A closed collaboration
// is read-only (every change is refused) and leaves everyone's active lists; the meetings still
// ahead are cancelled and those invited are told. It can be reopened, with a reason; the last
// closure stays recorded on the collaboration and both steps are in the audit log.
import type { Tx } from "../db/types.ts";
import { aboutCollaboration, auditChange } from "../audit/audit.ts";
import { AppError } from "../errors/app-error.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { cancelMeetingsAhead } from "../meetings/change-meeting.ts";
import type { Close, Reopen } from "./schema.ts";

export async function closeCollaboration(tx: Tx, user: SessionUser, input: Close, now = new Date()): Promise<{ id: string; cancelledMeetings: number }> {
  const c = await tx.collaboration.findUniqueOrThrow({ where: { id: input.collaborationId }, select: { id: true, familyId: true, status: true } });
  const closed = await tx.collaboration.updateMany({
    where: { id: c.id, status: { not: "CLOSED" } },
    data: { status: "CLOSED", closedAt: now, closureReason: input.reason, closureSummary: input.summary },
  });
  if (closed.count === 0) throw new AppError("FORBIDDEN", { message: "closed", fieldErrors: { _form: "collaborationClosed" } });
  const cancelledMeetings = await cancelMeetingsAhead(tx, c.id, now);
  await tx.jointPlan.updateMany({ where: { collaborationId: c.id }, data: { lockedById: null, lockedUntil: null } });
  await auditChange(tx, "collaboration.close", aboutCollaboration(user.id, c, { reason: input.reason, previousStatus: c.status, cancelledMeetings }));
  return { id: c.id, cancelledMeetings };
}

export async function reopenCollaboration(tx: Tx, user: SessionUser, input: Reopen, now = new Date()): Promise<{ id: string }> {
  const c = await tx.collaboration.findUniqueOrThrow({
    where: { id: input.collaborationId },
    select: { id: true, familyId: true, status: true, closedAt: true, closureReason: true, plan: { select: { _count: { select: { versions: true } } } } },
  });
  if (c.status !== "CLOSED") throw new AppError("VALIDATION", { fieldErrors: { _form: "notClosed" } });
  const status = (c.plan?._count.versions ?? 0) > 0 ? "PLAN_ACTIVE" : "CONCERN_RAISED";
  await tx.collaboration.update({ where: { id: c.id }, data: { status, reopenedAt: now, reopenReason: input.reason } });
  await auditChange(tx, "collaboration.reopen", aboutCollaboration(user.id, c, { closedAt: c.closedAt?.toISOString() ?? null, closureReason: c.closureReason, status }));
  return { id: c.id };
}
