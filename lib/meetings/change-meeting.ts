// Rescheduling sends updated invitations and cancelling sends METHOD:CANCEL, both with the same UID
// and a SEQUENCE that grows on every change, so calendars update the one event they already have.
import type { Tx } from "../db/types.ts";
import { auditChange } from "../audit/audit.ts";
import { AppError, notFound } from "../errors/app-error.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { anyoneBusy } from "./invitees.ts";
import { enqueueInvitationMail } from "./invitation-mail.ts";
import { bookOrExplain } from "./room-conflict.ts";
import { checkRoom, resolveTime } from "./create-meeting.ts";
import { isUuid, meetingChairWhere, requireOpen } from "../authz/collaboration-access.ts";
import type { Reschedule } from "./schema.ts";

const meetingForChange = {
  id: true,
  status: true,
  mode: true,
  kind: true,
  icsUid: true,
  icsSequence: true,
  onlineUrl: true,
  startsAt: true,
  endsAt: true,
  collaborationId: true,
  collaboration: { select: { familyId: true, status: true } },
  organizer: { select: { name: true, email: true } },
  roomBooking: { select: { id: true, roomId: true, cancelledAt: true } },
  invitations: { where: { status: { not: "CANCELLED" } }, select: { id: true, status: true, user: { select: { id: true, name: true, email: true, locale: true } } } },
} as const;
export type MeetingForChange = Awaited<ReturnType<typeof requireMeetingForChange>>;

/**
 * The policy of rescheduling and cancelling: the chair's own meeting (NOT_FOUND otherwise), of
 * open joint work, still to be held — read once, with everything the change needs (its grant).
 */
export async function requireMeetingForChange(tx: Tx, user: SessionUser, meetingId: string) {
  if (!isUuid(meetingId)) throw notFound();
  const meeting = await tx.jointMeeting.findFirst({ where: { AND: [{ id: meetingId }, meetingChairWhere(user.id)] }, select: meetingForChange });
  if (!meeting) throw notFound();
  requireOpen(meeting.collaboration);
  if (meeting.status !== "SCHEDULED") throw new AppError("VALIDATION", { fieldErrors: { date: "meetingNotChangeable" } });
  return meeting;
}

export async function rescheduleMeeting(tx: Tx, user: SessionUser, meeting: MeetingForChange, input: Reschedule, now = new Date()): Promise<{ id: string }> {
  const { start, end } = resolveTime(input.date, input.time, input.durationMinutes, now);
  const people = [user.id, ...meeting.invitations.filter((i) => i.status !== "DECLINED").map((i) => i.user.id)];
  if (await anyoneBusy(tx, people, start, end, meeting.id)) throw new AppError("VALIDATION", { fieldErrors: { time: "peopleBusy" } });
  let place: string | null = null;
  if (meeting.mode !== "REMOTE") {
    if (!input.roomId) throw new AppError("VALIDATION", { fieldErrors: { roomId: "roomRequired" } });
    const room = await checkRoom(tx, input.roomId, Math.max(2, meeting.invitations.length + 2));
    place = room.place;
    if (meeting.roomBooking) await tx.roomBooking.delete({ where: { id: meeting.roomBooking.id } });
    await bookOrExplain(() => tx.roomBooking.create({ data: { roomId: room.id, meetingId: meeting.id, startsAt: start, endsAt: end } }));
  }
  const updated = await tx.jointMeeting.update({
    where: { id: meeting.id },
    data: { startsAt: start, endsAt: end, icsSequence: { increment: 1 } },
    select: { icsSequence: true },
  });
  // A new time needs a new answer from everyone who had not declined.
  await tx.invitation.updateMany({ where: { meetingId: meeting.id, status: "ACCEPTED" }, data: { status: "PENDING", respondedAt: null } });
  const mail = { ...meeting, icsSequence: updated.icsSequence, startsAt: start, endsAt: end, place };
  for (const i of meeting.invitations.filter((x) => x.status !== "DECLINED")) await enqueueInvitationMail(tx, mail, i.user, "UPDATE", now);
  await auditChange(tx, "meeting.reschedule", {
    actorId: user.id,
    objectType: "JointMeeting",
    objectId: meeting.id,
    familyId: meeting.collaboration.familyId,
    collaborationId: meeting.collaborationId,
  });
  return { id: meeting.id };
}

export async function cancelMeeting(tx: Tx, user: SessionUser, meeting: MeetingForChange, now = new Date()): Promise<{ id: string }> {
  await cancelAndNotify(tx, meeting, now);
  // Without its joint meeting the collaboration is back to convening; a cancelled follow-up
  // meeting leaves the plan's follow-up as it was.
  if (meeting.kind === "JOINT") {
    await tx.collaboration.updateMany({ where: { id: meeting.collaborationId, status: "MEETING_SCHEDULED" }, data: { status: "CONVENING" } });
  }
  await auditChange(tx, "meeting.cancel", {
    actorId: user.id,
    objectType: "JointMeeting",
    objectId: meeting.id,
    familyId: meeting.collaboration.familyId,
    collaborationId: meeting.collaborationId,
  });
  return { id: meeting.id };
}

/**
 * Closing the joint work cancels the meetings still ahead, as the chair would: the room is freed
 * and everyone invited gets METHOD:CANCEL. Returns how many were cancelled.
 */
export async function cancelMeetingsAhead(tx: Tx, collaborationId: string, now = new Date()): Promise<number> {
  const meetings = await tx.jointMeeting.findMany({ where: { collaborationId, status: "SCHEDULED", endsAt: { gt: now } }, select: meetingForChange });
  for (const meeting of meetings) await cancelAndNotify(tx, meeting, now);
  return meetings.length;
}

async function cancelAndNotify(tx: Tx, meeting: MeetingForChange, now: Date): Promise<void> {
  const updated = await tx.jointMeeting.update({
    where: { id: meeting.id },
    data: { status: "CANCELLED", cancelledAt: now, icsSequence: { increment: 1 } },
    select: { icsSequence: true },
  });
  if (meeting.roomBooking) await tx.roomBooking.update({ where: { id: meeting.roomBooking.id }, data: { cancelledAt: now } });
  await tx.invitation.updateMany({ where: { meetingId: meeting.id }, data: { status: "CANCELLED" } });
  const mail = { ...meeting, icsSequence: updated.icsSequence, place: null };
  for (const i of meeting.invitations) await enqueueInvitationMail(tx, mail, i.user, "CANCEL", now);
}
