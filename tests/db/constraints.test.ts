// Rules the database itself enforces, so no code path (or race) can break them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { buildOrganisation, buildUser } from "../fixtures/builders.ts";

let fresh: FreshDatabase;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let owner: { id: string };
let collaborationId: string;

beforeAll(async () => {
  fresh = await freshDatabase();
  org = await buildOrganisation(fresh.db);
  owner = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
  const family = await fresh.db.family.create({ data: { municipalityId: org.municipality.id } });
  const c = await fresh.db.collaboration.create({
    data: { familyId: family.id, municipalityId: org.municipality.id, ownerId: owner.id, entryRoute: "NETWORK_WORKER" },
  });
  collaborationId = c.id;
});
afterAll(() => fresh?.close());

async function meeting(startsAt: string, endsAt: string) {
  return fresh.db.jointMeeting.create({
    data: {
      collaborationId,
      municipalityId: org.municipality.id,
      startsAt: new Date(startsAt),
      endsAt: new Date(endsAt),
      organizerId: owner.id,
      icsUid: `${crypto.randomUUID()}@test`,
    },
  });
}

describe("room bookings", () => {
  it("refuses a booking that overlaps another in the same room", async () => {
    const a = await meeting("2026-12-01T08:00:00Z", "2026-12-01T09:30:00Z");
    const b = await meeting("2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z");
    await fresh.db.roomBooking.create({ data: { roomId: org.room.id, meetingId: a.id, startsAt: a.startsAt, endsAt: a.endsAt } });
    await expect(
      fresh.db.roomBooking.create({ data: { roomId: org.room.id, meetingId: b.id, startsAt: b.startsAt, endsAt: b.endsAt } }),
    ).rejects.toThrow();
  });

  it("allows back-to-back bookings and bookings again once one is cancelled", async () => {
    const a = await meeting("2026-12-02T08:00:00Z", "2026-12-02T09:00:00Z");
    const b = await meeting("2026-12-02T09:00:00Z", "2026-12-02T10:00:00Z");
    const c = await meeting("2026-12-02T08:30:00Z", "2026-12-02T09:30:00Z");
    const ba = await fresh.db.roomBooking.create({ data: { roomId: org.room.id, meetingId: a.id, startsAt: a.startsAt, endsAt: a.endsAt } });
    const bb = await fresh.db.roomBooking.create({ data: { roomId: org.room.id, meetingId: b.id, startsAt: b.startsAt, endsAt: b.endsAt } });
    await fresh.db.roomBooking.update({ where: { id: ba.id }, data: { cancelledAt: new Date() } });
    await fresh.db.roomBooking.update({ where: { id: bb.id }, data: { cancelledAt: new Date() } });
    const bc = await fresh.db.roomBooking.create({ data: { roomId: org.room.id, meetingId: c.id, startsAt: c.startsAt, endsAt: c.endsAt } });
    expect(bc).toMatchObject({ roomId: org.room.id, meetingId: c.id, startsAt: new Date("2026-12-02T08:30:00Z"), endsAt: new Date("2026-12-02T09:30:00Z"), cancelledAt: null });
    // The room that morning: the one live booking is c's; a's and b's are kept, cancelled.
    const morning = await fresh.db.roomBooking.findMany({
      where: { roomId: org.room.id, startsAt: { lt: new Date("2026-12-02T10:00:00Z") }, endsAt: { gt: new Date("2026-12-02T08:00:00Z") } },
      orderBy: { startsAt: "asc" },
      select: { meetingId: true, cancelledAt: true },
    });
    expect(morning.map((r) => [r.meetingId, r.cancelledAt === null])).toEqual([
      [a.id, false],
      [c.id, true],
      [b.id, false],
    ]);
  });

  it("lets exactly one of many concurrent overlapping bookings through", async () => {
    const meetings = await Promise.all(Array.from({ length: 8 }, (_, i) => meeting(`2026-12-03T08:${String(i * 5).padStart(2, "0")}:00Z`, "2026-12-03T10:00:00Z")));
    const clients = [fresh.db, fresh.newClient()];
    const results = await Promise.allSettled(
      meetings.map((m, i) =>
        clients[i % 2]!.$transaction((tx) => tx.roomBooking.create({ data: { roomId: org.room.id, meetingId: m.id, startsAt: m.startsAt, endsAt: m.endsAt } })),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });
});

describe("responsible workers", () => {
  it("allows a pair but never a third at the same time, and keeps history", async () => {
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => buildUser(fresh.db, { roles: ["TEAM_MEMBER"], unitId: org.unit.id })));
    const rw = (userId: string, slot: number) => fresh.db.responsibleWorker.create({ data: { collaborationId, userId, slot, assignedById: owner.id } });
    const first = await rw(a!.id, 1);
    await rw(b!.id, 2);
    await expect(rw(c!.id, 3)).rejects.toThrow();
    await expect(rw(c!.id, 1)).rejects.toThrow();
    await fresh.db.responsibleWorker.update({ where: { id: first.id }, data: { endedAt: new Date() } });
    expect(await rw(c!.id, 1)).toMatchObject({ collaborationId, userId: c!.id, slot: 1, endedAt: null });
    const all = await fresh.db.responsibleWorker.findMany({ where: { collaborationId }, select: { userId: true, slot: true, endedAt: true } });
    // The pair now is b and c; a's time as responsible worker stays in the history.
    expect(all.filter((r) => r.endedAt === null).map((r) => [r.userId, r.slot]).sort((x, y) => Number(x[1]) - Number(y[1]))).toEqual([
      [c!.id, 1],
      [b!.id, 2],
    ]);
    expect(all.filter((r) => r.endedAt !== null).map((r) => [r.userId, r.slot])).toEqual([[a!.id, 1]]);
  });
});

describe("ratings and times", () => {
  it("refuses a star rating outside 1–5 and a meeting that ends before it starts", async () => {
    await expect(meeting("2026-12-05T10:00:00Z", "2026-12-05T09:00:00Z")).rejects.toThrow();
    await expect(fresh.db.$executeRawUnsafe(`INSERT INTO "FeedbackAnswer" (id, "feedbackId", "questionKey", score) VALUES (gen_random_uuid(), gen_random_uuid(), 'q', 6)`)).rejects.toThrow();
  });
});
