// One meeting as it appears in a user's own calendar: time, kind, place and their part in it.
// Never anything about the family (no names, no collaboration contents): the calendar page and the
// feed leave the product, into Outlook, so they carry what an invitation e-mail carries and no more.
import type { Prisma } from "../db/generated/client.ts";
import type { InvitationStatus, MeetingKind, MeetingMode, MeetingStatus } from "../db/generated/enums.ts";

export const calendarMeetingSelect = {
  id: true,
  collaborationId: true,
  organizerId: true,
  icsUid: true,
  icsSequence: true,
  kind: true,
  mode: true,
  status: true,
  startsAt: true,
  endsAt: true,
  onlineUrl: true,
  roomBooking: { select: { cancelledAt: true, room: { select: { name: true, unit: { select: { name: true } } } } } },
  // At most a dozen per meeting; only ids and answers, to find the user's own and count the rest.
  invitations: { select: { id: true, userId: true, status: true } },
} satisfies Prisma.JointMeetingSelect;

type MeetingRow = Prisma.JointMeetingGetPayload<{ select: typeof calendarMeetingSelect }>;

export interface CalendarEntry {
  meetingId: string;
  icsUid: string;
  icsSequence: number;
  kind: MeetingKind;
  mode: MeetingMode;
  status: MeetingStatus;
  startsAt: Date;
  endsAt: Date;
  /** "Room, Unit" while the room is booked. */
  place: string | null;
  onlineUrl: string | null;
  role: "CONVENER" | "INVITEE";
  /** Only for the convener, who owns the collaboration and may open it. */
  collaborationId: string | null;
  /** The user's own invitation (invitees only). */
  invitation: { id: string; status: InvitationStatus } | null;
  /** Answers so far (convener only). */
  responses: { accepted: number; declined: number; pending: number } | null;
}

/** Meetings the user convenes, or is invited to with an invitation matching `invitation`. */
export function mineWhere(userId: string, invitation: Prisma.InvitationWhereInput): Prisma.JointMeetingWhereInput {
  return { OR: [{ organizerId: userId }, { invitations: { some: { userId, ...invitation } } }] };
}

export function toCalendarEntry(row: MeetingRow, userId: string): CalendarEntry {
  const convener = row.organizerId === userId;
  const own = row.invitations.find((i) => i.userId === userId);
  const count = (status: InvitationStatus) => row.invitations.filter((i) => i.status === status).length;
  const booking = row.roomBooking && !row.roomBooking.cancelledAt ? row.roomBooking.room : null;
  return {
    meetingId: row.id,
    icsUid: row.icsUid,
    icsSequence: row.icsSequence,
    kind: row.kind,
    mode: row.mode,
    status: row.status,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    place: booking ? `${booking.name}, ${booking.unit.name}` : null,
    onlineUrl: row.onlineUrl,
    role: convener ? "CONVENER" : "INVITEE",
    collaborationId: convener ? row.collaborationId : null,
    invitation: !convener && own ? { id: own.id, status: own.status } : null,
    responses: convener ? { accepted: count("ACCEPTED"), declined: count("DECLINED"), pending: count("PENDING") } : null,
  };
}
