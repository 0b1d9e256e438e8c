// Opening the joint meeting: the chair opens it when it starts (a little early is fine: people
// arrive, the room is set up). A meeting far in the future, cancelled or already held is not opened.
import type { Tx } from "../db/types.ts";
import { auditChange } from "../audit/audit.ts";
import { AppError } from "../errors/app-error.ts";
import type { SessionUser } from "../auth/session-user.ts";

/** How long before the booked start the chair may open the meeting. */
export const OPEN_EARLY_MINUTES = 60;

export async function startMeeting(tx: Tx, user: SessionUser, meetingId: string, now = new Date()): Promise<{ id: string; startedAt: Date }> {
  const meeting = await tx.jointMeeting.findUniqueOrThrow({ where: { id: meetingId }, select: { id: true, status: true, startsAt: true, startedAt: true, collaborationId: true, collaboration: { select: { familyId: true } } } });
  if (meeting.status === "IN_PROGRESS") return { id: meeting.id, startedAt: meeting.startedAt ?? now };
  if (meeting.status !== "SCHEDULED") throw new AppError("VALIDATION", { fieldErrors: { _form: meeting.status === "HELD" ? "meetingAlreadyHeld" : "meetingCancelled" } });
  if (meeting.startsAt.getTime() - now.getTime() > OPEN_EARLY_MINUTES * 60_000) throw new AppError("VALIDATION", { fieldErrors: { _form: "meetingNotYet" } });
  // Conditional on the status, so two chairs' clicks cannot both open it.
  const opened = await tx.jointMeeting.updateMany({ where: { id: meeting.id, status: "SCHEDULED" }, data: { status: "IN_PROGRESS", startedAt: now } });
  if (opened.count === 0) throw new AppError("CONFLICT");
  await auditChange(tx, "meeting.start", {
    actorId: user.id,
    objectType: "JointMeeting",
    objectId: meeting.id,
    familyId: meeting.collaboration.familyId,
    collaborationId: meeting.collaborationId,
  });
  return { id: meeting.id, startedAt: now };
}
