// Proposes the earliest times when every chosen person is free (no overlapping meeting in the
// product, no declared absence) and a big-enough room is free, within Helsinki working hours.
import type { Tx } from "../db/types.ts";
import { findSlots, type Slot } from "./find-slots.ts";
import { resolveInvitees } from "./invitees.ts";
import { assertInvitationsCovered } from "../consents/gate.ts";
import type { MeetingPlan } from "./schema.ts";
import { inOrder } from "../db/in-order.ts";

const HORIZON_DAYS = 21;

export async function proposeSlots(tx: Tx, user: { id: string }, plan: MeetingPlan, now = new Date()): Promise<(Slot & { roomName: string | null })[]> {
  const collaboration = await tx.collaboration.findUniqueOrThrow({ where: { id: plan.collaborationId }, select: { areaId: true, municipalityId: true } });
  const invitees = await resolveInvitees(tx, collaboration.areaId, plan.teamMemberIds);
  // Refuse early, with the same explanation the booking would give: no time is proposed for
  // people the family has not agreed to invite.
  await assertInvitationsCovered(tx, plan.collaborationId, invitees.map((i) => i.expertise), "teamMemberIds", now);
  const userIds = [user.id, ...invitees.map((i) => i.userId)];
  const until = new Date(now.getTime() + (HORIZON_DAYS + 1) * 86_400_000);
  const window = { startsAt: { lt: until }, endsAt: { gt: now } };
  const [meetings, absences, rooms] = await inOrder([
    tx.jointMeeting.findMany({
      where: {
        ...window,
        status: { in: ["SCHEDULED", "IN_PROGRESS"] },
        OR: [{ organizerId: { in: userIds } }, { invitations: { some: { userId: { in: userIds }, status: { in: ["PENDING", "ACCEPTED"] } } } }],
      },
      select: { startsAt: true, endsAt: true, organizerId: true, invitations: { where: { userId: { in: userIds }, status: { in: ["PENDING", "ACCEPTED"] } }, select: { userId: true } } },
    }),
    tx.userAbsence.findMany({ where: { userId: { in: userIds }, ...window }, select: { userId: true, startsAt: true, endsAt: true } }),
    plan.mode === "REMOTE"
      ? Promise.resolve([])
      : tx.room.findMany({
          where: { active: true, unit: { active: true, area: { municipalityId: collaboration.municipalityId } } },
          orderBy: [{ capacity: "asc" }, { name: "asc" }],
          select: { id: true, name: true, capacity: true, unit: { select: { name: true } }, bookings: { where: { cancelledAt: null, ...window }, select: { startsAt: true, endsAt: true } } },
        }),
  ]);
  const busy = new Map(userIds.map((id) => [id, [] as { start: Date; end: Date }[]]));
  for (const m of meetings) {
    for (const id of new Set([m.organizerId, ...m.invitations.map((i) => i.userId)])) busy.get(id)?.push({ start: m.startsAt, end: m.endsAt });
  }
  for (const a of absences) busy.get(a.userId)?.push({ start: a.startsAt, end: a.endsAt });
  const slots = findSlots({
    from: now,
    horizonDays: HORIZON_DAYS,
    durationMinutes: plan.durationMinutes,
    people: [...busy].map(([id, b]) => ({ id, busy: b })),
    rooms: rooms.map((r) => ({ id: r.id, capacity: r.capacity, busy: r.bookings.map((b) => ({ start: b.startsAt, end: b.endsAt })) })),
    partySize: invitees.length + 1 + plan.familyAttendees,
    requireRoom: plan.mode !== "REMOTE",
    limit: 6,
  });
  const names = new Map(rooms.map((r) => [r.id, `${r.name}, ${r.unit.name}`]));
  return slots.map((s) => ({ ...s, roomName: s.roomId ? (names.get(s.roomId) ?? null) : null }));
}
