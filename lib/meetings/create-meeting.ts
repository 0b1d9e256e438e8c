// Koollekutsuminen: books the joint meeting, the room and the invitations in one transaction, and
// queues the invitation e-mails in the same transaction (no meeting, no mail).
import { randomUUID } from "node:crypto";
import type { Tx } from "../db/types.ts";
import { auditChange } from "../audit/audit.ts";
import { AppError } from "../errors/app-error.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { assertInvitationsCovered } from "../consents/gate.ts";
import { fromHelsinkiWallClock } from "../time/helsinki-wall-clock.ts";
import { anyoneBusy, resolveInvitees } from "./invitees.ts";
import { enqueueInvitationMail } from "./invitation-mail.ts";
import { bookOrExplain } from "./room-conflict.ts";
import type { Schedule } from "./schema.ts";

export interface ResolvedTime {
  start: Date;
  end: Date;
}

export function resolveTime(date: string, time: string, durationMinutes: number, now: Date): ResolvedTime {
  const start = fromHelsinkiWallClock(date, time);
  if (!start) throw new AppError("VALIDATION", { fieldErrors: { time: "invalidTime" } });
  if (start.getTime() <= now.getTime()) throw new AppError("VALIDATION", { fieldErrors: { date: "timeInPast" } });
  return { start, end: new Date(start.getTime() + durationMinutes * 60_000) };
}

/** Checks the room exists, is in use (room and unit not retired) and fits the party; returns its display name for the invitation. */
export async function checkRoom(tx: Tx, roomId: string, partySize: number): Promise<{ id: string; place: string }> {
  const room = await tx.room.findFirst({ where: { id: roomId, active: true, unit: { active: true } }, select: { id: true, name: true, capacity: true, unit: { select: { name: true } } } });
  if (!room) throw new AppError("VALIDATION", { fieldErrors: { roomId: "invalidChoice" } });
  if (room.capacity < partySize) throw new AppError("VALIDATION", { fieldErrors: { roomId: "roomTooSmall" } });
  return { id: room.id, place: `${room.name}, ${room.unit.name}` };
}

export async function createMeeting(tx: Tx, user: SessionUser, input: Schedule, now = new Date()): Promise<{ id: string }> {
  const collaboration = await tx.collaboration.findUniqueOrThrow({
    where: { id: input.collaborationId },
    select: { id: true, familyId: true, areaId: true, municipalityId: true, meetings: { where: { kind: "JOINT", status: { not: "CANCELLED" } }, select: { id: true } } },
  });
  // A follow-up meeting is asked for explicitly (the responsible worker's "arrange a follow-up"); a
  // second meeting convened by the owner is one too.
  const kind = input.kind === "FOLLOW_UP" || collaboration.meetings.length > 0 ? "FOLLOW_UP" : "JOINT";
  const { start, end } = resolveTime(input.date, input.time, input.durationMinutes, now);
  const invitees = await resolveInvitees(tx, collaboration.areaId, input.teamMemberIds);
  await assertInvitationsCovered(tx, collaboration.id, invitees.map((i) => i.expertise), "teamMemberIds", now);
  if (await anyoneBusy(tx, [user.id, ...invitees.map((i) => i.userId)], start, end)) {
    throw new AppError("VALIDATION", { fieldErrors: { time: "peopleBusy" } });
  }
  const partySize = invitees.length + 1 + input.familyAttendees;
  const room = input.mode === "REMOTE" ? null : await checkRoom(tx, input.roomId, partySize);
  const organizer = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true, email: true } });

  const meeting = await tx.jointMeeting.create({
    data: {
      collaborationId: collaboration.id,
      municipalityId: collaboration.municipalityId,
      areaId: collaboration.areaId,
      kind,
      mode: input.mode,
      startsAt: start,
      endsAt: end,
      onlineUrl: input.onlineUrl || null,
      organizerId: user.id,
      icsUid: `${randomUUID()}@yhteinen-aika`,
      icsSequence: 0,
      invitations: { create: invitees.map((i) => ({ userId: i.userId, expertise: i.expertise, sentAt: now })) },
    },
    select: { id: true, icsUid: true, icsSequence: true, kind: true },
  });
  if (room) {
    await bookOrExplain(() => tx.roomBooking.create({ data: { roomId: room.id, meetingId: meeting.id, startsAt: start, endsAt: end } }));
  }
  for (const i of invitees) {
    await tx.collaborationMember.upsert({
      where: { collaborationId_userId_role: { collaborationId: collaboration.id, userId: i.userId, role: "INVITED" } },
      create: { collaborationId: collaboration.id, userId: i.userId, role: "INVITED" },
      update: { removedAt: null },
    });
  }
  // Follow-up meetings belong to the plan's follow-up: the collaboration stays in PLAN_ACTIVE.
  if (kind === "JOINT") await tx.collaboration.update({ where: { id: collaboration.id }, data: { status: "MEETING_SCHEDULED" } });

  const mail = { ...meeting, startsAt: start, endsAt: end, place: room?.place ?? null, onlineUrl: input.onlineUrl || null, organizer };
  for (const i of invitees) await enqueueInvitationMail(tx, mail, i, "INVITE", now);

  await auditChange(tx, "meeting.create", {
    actorId: user.id,
    objectType: "JointMeeting",
    objectId: meeting.id,
    familyId: collaboration.familyId,
    collaborationId: collaboration.id,
    details: { invitedUserIds: invitees.map((i) => i.userId), roomId: room?.id ?? null },
  });
  return { id: meeting.id };
}
