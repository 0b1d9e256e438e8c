// A joint meeting for the demo frontline worker that can be opened right away: the Nieminen
// family (leena-1) meets today, from the start of the current hour, with the psychologist from the
// family-centre team invited and coming, and both guardians' consent covering the invitation. So a
// demo user can run the whole meeting (issue 4) without waiting for a convened slot.
// Idempotent like the rest of the seed: the rows have stable ids, and a second run (later) keeps
// the meeting it made the first time.
import type { Db } from "../../lib/db/create-client.ts";
import { inHelsinki } from "../../lib/time/format.ts";
import { fromHelsinkiWallClock } from "../../lib/time/helsinki-wall-clock.ts";
import { demoIds, stableId } from "./seed-demo.ts";

const FAMILY = "leena-1";
const CHAIR = "leena.laakso@siilinjarvi.example";
const PSYCHOLOGIST = "sanna.savolainen@siilinjarvi.example";
const ROOM = { ref: { area: "Siilinjärvi", unit: "Siilinjärven perhekeskus" }, name: "Neuvotteluhuone Sointu" };

export async function seedTodaysMeeting(db: Db, now = new Date()): Promise<{ meetingId: string; created: boolean }> {
  const meetingId = stableId(`meeting:${FAMILY}-today`);
  if (await db.jointMeeting.findUnique({ where: { id: meetingId }, select: { id: true } })) return { meetingId, created: false };
  const h = inHelsinki(now);
  const pad = (n: number) => String(n).padStart(2, "0");
  const startsAt = fromHelsinkiWallClock(`${h.getFullYear()}-${pad(h.getMonth() + 1)}-${pad(h.getDate())}`, `${pad(h.getHours())}:00`)!;
  const endsAt = new Date(startsAt.getTime() + 90 * 60_000);
  const collaborationId = demoIds.collaboration(FAMILY);
  const chairId = demoIds.user(CHAIR);
  const psychologistId = demoIds.user(PSYCHOLOGIST);
  const today = new Date(`${startsAt.toISOString().slice(0, 10)}T00:00:00.000Z`);
  await db.$transaction(async (tx) => {
    await tx.consent.createMany({
      data: [0, 1].map((i) => ({
        id: stableId(`consent:${FAMILY}:${i}`),
        collaborationId,
        guardianId: demoIds.guardian(FAMILY, i),
        method: "VERBAL" as const,
        givenOn: today,
        invitableExpertise: ["PSYCHOLOGIST" as const],
        recordedById: chairId,
      })),
      skipDuplicates: true,
    });
    await tx.jointMeeting.create({
      data: {
        id: meetingId,
        collaborationId,
        municipalityId: demoIds.municipality("Siilinjärvi"),
        areaId: demoIds.area("Siilinjärvi"),
        kind: "JOINT",
        status: "SCHEDULED",
        mode: "IN_PERSON",
        startsAt,
        endsAt,
        organizerId: chairId,
        icsUid: `${meetingId}@yhteinen-aika.example`,
        roomBooking: { create: { roomId: demoIds.room(ROOM.ref, ROOM.name), startsAt, endsAt } },
        invitations: { create: { userId: psychologistId, expertise: "PSYCHOLOGIST", status: "ACCEPTED", sentAt: now, respondedAt: now } },
      },
    });
    await tx.collaborationMember.createMany({
      data: [{ id: demoIds.member(FAMILY, PSYCHOLOGIST, "INVITED"), collaborationId, userId: psychologistId, role: "INVITED", addedAt: now }],
      skipDuplicates: true,
    });
    await tx.collaboration.updateMany({ where: { id: collaborationId, status: "CONCERN_RAISED" }, data: { status: "MEETING_SCHEDULED" } });
  });
  return { meetingId, created: true };
}
