import { describe, expect, it } from "vitest";
import { easterSunday, findSlots, isFinnishPublicHoliday, type Interval, type SlotQuery } from "@/lib/meetings/find-slots.ts";
import { helsinkiStartOfDay, inHelsinki } from "@/lib/time/format.ts";

const iv = (start: string, end: string): Interval => ({ start: new Date(start), end: new Date(end) });
const iso = (d: Date) => d.toISOString().replace(".000Z", "Z");

/** A query with one free person, no rooms needed, 90 minutes; override what the test is about. */
function query(overrides: Partial<SlotQuery>): SlotQuery {
  return {
    from: new Date("2026-12-01T06:00:00Z"),
    horizonDays: 21,
    durationMinutes: 90,
    people: [{ id: "p1", busy: [] }],
    rooms: [],
    partySize: 4,
    requireRoom: false,
    ...overrides,
  };
}

/** "HH.mm d.M." in Helsinki, for readable expectations. */
function helsinki(d: Date): string {
  const t = inHelsinki(d);
  return `${t.getDate()}.${t.getMonth() + 1}. ${String(t.getHours()).padStart(2, "0")}.${String(t.getMinutes()).padStart(2, "0")}`;
}

describe("Finnish public holidays", () => {
  it("computes Easter Sunday with the anonymous Gregorian algorithm", () => {
    expect(easterSunday(2000)).toEqual({ month: 4, day: 23 });
    expect(easterSunday(2019)).toEqual({ month: 4, day: 21 });
    expect(easterSunday(2024)).toEqual({ month: 3, day: 31 });
    expect(easterSunday(2025)).toEqual({ month: 4, day: 20 });
    expect(easterSunday(2026)).toEqual({ month: 4, day: 5 });
    expect(easterSunday(2027)).toEqual({ month: 3, day: 28 });
    expect(easterSunday(2028)).toEqual({ month: 4, day: 16 });
  });

  it("knows the fixed and the moving holidays of 2026 and 2027", () => {
    const holidays2026: [number, number][] = [
      [1, 1], [1, 6], [4, 3], [4, 6], [5, 1], [5, 14], [6, 19], [12, 6], [12, 24], [12, 25], [12, 26],
    ];
    for (const [m, d] of holidays2026) expect(isFinnishPublicHoliday(2026, m, d), `${d}.${m}.2026`).toBe(true);
    // Good Friday 26.3.2027, Easter Monday 29.3.2027, Ascension Day 6.5.2027, Midsummer Eve 25.6.2027.
    for (const [m, d] of [[3, 26], [3, 29], [5, 6], [6, 25]] as const) {
      expect(isFinnishPublicHoliday(2027, m, d), `${d}.${m}.2027`).toBe(true);
    }
  });

  it("does not count ordinary weekdays", () => {
    expect(isFinnishPublicHoliday(2026, 4, 2)).toBe(false); // Maundy Thursday
    expect(isFinnishPublicHoliday(2026, 4, 7)).toBe(false);
    expect(isFinnishPublicHoliday(2026, 6, 26)).toBe(false); // a Friday, but not between 19 and 25 June
    expect(isFinnishPublicHoliday(2026, 12, 23)).toBe(false);
    expect(isFinnishPublicHoliday(2026, 12, 28)).toBe(false);
    expect(isFinnishPublicHoliday(2027, 3, 30)).toBe(false);
  });
});

describe("findSlots", () => {
  it("proposes the earliest time when both people are free (touching a busy interval is fine)", () => {
    const slots = findSlots(
      query({
        durationMinutes: 60,
        people: [
          { id: "a", busy: [iv("2026-12-01T06:00:00Z", "2026-12-01T07:30:00Z")] }, // 08.00–09.30
          { id: "b", busy: [iv("2026-12-01T07:30:00Z", "2026-12-01T08:30:00Z")] }, // 09.30–10.30
        ],
        limit: 3,
      }),
    );
    expect(slots.map((s) => [iso(s.start), iso(s.end), s.roomId])).toEqual([
      ["2026-12-01T08:30:00Z", "2026-12-01T09:30:00Z", null],
      ["2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z", null],
      ["2026-12-01T09:30:00Z", "2026-12-01T10:30:00Z", null],
    ]);
  });

  it("skips the weekend (and Independence Day on Sunday 6.12.2026)", () => {
    // Friday 4.12.2026 15.00 Helsinki: 90 minutes no longer fit that day.
    const [first] = findSlots(query({ from: new Date("2026-12-04T13:00:00Z"), limit: 1 }));
    expect(iso(first!.start)).toBe("2026-12-07T06:00:00Z"); // Monday 7.12. 08.00
  });

  it("skips Christmas Eve, Christmas Day and St Stephen's Day 24.–26.12.2026", () => {
    const [first] = findSlots(query({ from: new Date("2026-12-23T14:00:00Z"), limit: 1 })); // Wed 23.12. 16.00
    expect(helsinki(first!.start)).toBe("28.12. 08.00");
    expect(iso(first!.start)).toBe("2026-12-28T06:00:00Z");
  });

  it("skips Good Friday 26.3.2027 and Easter Monday 29.3.2027", () => {
    const slots = findSlots(query({ from: new Date("2027-03-25T13:00:00Z"), limit: 20 })); // Thu 25.3. 15.00
    const days = new Set(slots.map((s) => helsinki(s.start).split(" ")[0]));
    expect([...days]).toEqual(["30.3.", "31.3."]);
    expect(iso(slots[0]!.start)).toBe("2027-03-30T05:00:00Z"); // Tuesday 08.00, summer time
  });

  it("treats a declared absence like any busy time", () => {
    const absence = iv(helsinkiStartOfDay(2026, 12, 7).toISOString(), helsinkiStartOfDay(2026, 12, 8).toISOString());
    const [first] = findSlots(
      query({
        from: new Date("2026-12-07T06:00:00Z"),
        people: [{ id: "a", busy: [] }, { id: "b", busy: [absence] }],
        limit: 1,
      }),
    );
    expect(iso(first!.start)).toBe("2026-12-08T06:00:00Z");
  });

  it("never proposes a room that is too small and picks the smallest adequate free room", () => {
    const rooms = [
      { id: "sali", capacity: 20, busy: [] },
      { id: "pieni", capacity: 3, busy: [] },
      { id: "neuvottelu-a", capacity: 6, busy: [iv("2026-12-01T06:00:00Z", "2026-12-01T07:30:00Z")] },
      { id: "neuvottelu-b", capacity: 6, busy: [] },
      { id: "neuvottelu-c", capacity: 8, busy: [] },
    ];
    const slots = findSlots(query({ rooms, partySize: 5, requireRoom: true, limit: 3 }));
    expect(slots.map((s) => [iso(s.start), s.roomId])).toEqual([
      ["2026-12-01T06:00:00Z", "neuvottelu-b"], // a is booked; b is the same size and free
      ["2026-12-01T06:30:00Z", "neuvottelu-b"],
      ["2026-12-01T07:00:00Z", "neuvottelu-b"],
    ]);
    // With two six-seat rooms free, the first in input order wins.
    const later = findSlots(query({ from: new Date("2026-12-01T07:30:00Z"), rooms, partySize: 5, requireRoom: true, limit: 1 }));
    expect(later[0]!.roomId).toBe("neuvottelu-a");
  });

  it("proposes nothing when only too-small rooms are free", () => {
    const rooms = [
      { id: "pieni", capacity: 3, busy: [] },
      { id: "sali", capacity: 20, busy: [iv("2026-11-01T00:00:00Z", "2027-01-31T00:00:00Z")] },
    ];
    expect(findSlots(query({ rooms, partySize: 4, requireRoom: true }))).toEqual([]);
  });

  it("finds no slot when no room is free, but a remote meeting still gets slots without a room", () => {
    const allBooked = [iv("2026-11-01T00:00:00Z", "2027-01-31T00:00:00Z")];
    const rooms = [
      { id: "a", capacity: 10, busy: allBooked },
      { id: "b", capacity: 6, busy: allBooked },
    ];
    expect(findSlots(query({ rooms, requireRoom: true }))).toEqual([]);
    const remote = findSlots(query({ rooms, requireRoom: false }));
    expect(remote).toHaveLength(5);
    expect(remote.every((s) => s.roomId === null)).toBe(true);
    expect(iso(remote[0]!.start)).toBe("2026-12-01T06:00:00Z");
  });

  it("never lets a meeting end after 16.00 Helsinki, nor start before 08.00", () => {
    const slots = findSlots(query({ from: new Date("2026-11-30T00:00:00Z"), horizonDays: 5, limit: 1000 }));
    // 08.00, 08.30, …, 14.30: fourteen 90-minute starts a day, five working days.
    expect(slots).toHaveLength(70);
    for (const s of slots) {
      const start = inHelsinki(s.start);
      const end = inHelsinki(s.end);
      expect(start.getHours() * 60 + start.getMinutes()).toBeGreaterThanOrEqual(8 * 60);
      expect(end.getHours() * 60 + end.getMinutes()).toBeLessThanOrEqual(16 * 60);
      expect(end.getDate()).toBe(start.getDate());
      expect(s.end.getTime() - s.start.getTime()).toBe(90 * 60_000);
    }
    expect(helsinki(slots[13]!.start)).toBe("30.11. 14.30");
    expect(helsinki(slots[13]!.end)).toBe("30.11. 16.00");
    expect(helsinki(slots[14]!.start)).toBe("1.12. 08.00");
  });

  it("honours custom work hours and step", () => {
    const slots = findSlots(
      query({ durationMinutes: 45, stepMinutes: 15, workDayStart: "12:00", workDayEnd: "13:00", limit: 10 }),
    );
    expect(slots.map((s) => helsinki(s.start))).toEqual([
      "1.12. 12.00", "1.12. 12.15", "2.12. 12.00", "2.12. 12.15", "3.12. 12.00",
      "3.12. 12.15", "4.12. 12.00", "4.12. 12.15", "7.12. 12.00", "7.12. 12.15",
    ]);
  });

  /** The UTC instant of the first (08.00) slot on each Helsinki day. */
  function firstSlotPerDay(from: string, horizonDays: number): Record<string, string> {
    const slots = findSlots(query({ from: new Date(from), horizonDays, limit: 1000 }));
    const result: Record<string, string> = {};
    for (const s of slots) {
      const day = helsinki(s.start).split(" ")[0]!;
      result[day] ??= iso(s.start);
    }
    return result;
  }

  it("keeps 08.00 Helsinki across the autumn 2026 DST change (Sunday 25.10.2026)", () => {
    expect(firstSlotPerDay("2026-10-22T21:00:00Z", 4)).toEqual({
      "23.10.": "2026-10-23T05:00:00Z", // Friday, summer time UTC+3
      "26.10.": "2026-10-26T06:00:00Z", // Monday, winter time UTC+2
    });
  });

  it("keeps 08.00 Helsinki across the spring 2027 DST change (Sunday 28.3.2027, Easter)", () => {
    // The Friday before and the Monday after are Good Friday and Easter Monday, so the
    // neighbouring working days are Thursday 25.3. and Tuesday 30.3.
    expect(firstSlotPerDay("2027-03-24T22:00:00Z", 6)).toEqual({
      "25.3.": "2027-03-25T06:00:00Z", // winter time UTC+2
      "30.3.": "2027-03-30T05:00:00Z", // summer time UTC+3
    });
  });

  it("keeps 08.00 Helsinki across the spring 2026 DST change (Sunday 29.3.2026)", () => {
    expect(firstSlotPerDay("2026-03-26T22:00:00Z", 4)).toEqual({
      "27.3.": "2026-03-27T06:00:00Z",
      "30.3.": "2026-03-30T05:00:00Z",
    });
  });

  it("lets a busy interval crossing midnight UTC block the next Helsinki morning", () => {
    // 21.00Z Sunday – 06.30Z Monday = Sunday 23.00 – Monday 08.30 Helsinki.
    const [first] = findSlots(
      query({
        from: new Date("2026-12-06T20:00:00Z"),
        durationMinutes: 60,
        people: [{ id: "a", busy: [iv("2026-12-06T21:00:00Z", "2026-12-07T06:30:00Z")] }],
        limit: 1,
      }),
    );
    expect(iso(first!.start)).toBe("2026-12-07T06:30:00Z"); // Monday 08.30, not 08.00
  });

  it("starts from the next step boundary when `from` is in the middle of a day", () => {
    const [first] = findSlots(query({ from: new Date("2026-12-01T08:10:00Z"), limit: 1 })); // 10.10 Helsinki
    expect(helsinki(first!.start)).toBe("1.12. 10.30");
    const [exact] = findSlots(query({ from: new Date("2026-12-01T08:30:00Z"), limit: 1 }));
    expect(helsinki(exact!.start)).toBe("1.12. 10.30");
  });

  it("respects the limit (default 5) and returns slots earliest first", () => {
    const five = findSlots(query({}));
    expect(five).toHaveLength(5);
    const two = findSlots(query({ limit: 2 }));
    expect(two).toEqual(five.slice(0, 2));
    for (let i = 1; i < five.length; i++) expect(five[i]!.start.getTime()).toBeGreaterThan(five[i - 1]!.start.getTime());
    expect(findSlots(query({ limit: 0 }))).toEqual([]);
  });

  it("returns nothing when every person is busy for the whole horizon", () => {
    const people = [{ id: "a", busy: [iv("2026-11-30T00:00:00Z", "2027-02-01T00:00:00Z")] }];
    expect(findSlots(query({ people }))).toEqual([]);
  });

  // Deterministic pseudo-random numbers (mulberry32).
  function rng(seed: number) {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function randomBusy(random: () => number, count: number, fromMs: number, spanMs: number, maxMinutes: number): Interval[] {
    return Array.from({ length: count }, () => {
      const start = fromMs + Math.floor(random() * spanMs / 900_000) * 900_000;
      const minutes = 15 * (1 + Math.floor(random() * (maxMinutes / 15)));
      return { start: new Date(start), end: new Date(start + minutes * 60_000) };
    });
  }

  it("agrees with a brute-force check on random calendars", () => {
    const random = rng(42);
    const from = new Date("2026-11-30T06:00:00Z");
    const span = 21 * 86_400_000;
    const people = Array.from({ length: 6 }, (_, i) => ({
      id: `p${i}`,
      busy: randomBusy(random, 12, from.getTime(), span, 180),
    }));
    const rooms = Array.from({ length: 4 }, (_, i) => ({
      id: `r${i}`,
      capacity: [4, 8, 6, 2][i]!,
      busy: randomBusy(random, 40, from.getTime(), span, 240),
    }));
    const q = query({ from, people, rooms, partySize: 5, requireRoom: true, durationMinutes: 60, limit: 40 });
    const slots = findSlots(q);
    expect(slots).toHaveLength(40);

    const overlaps = (list: Interval[], s: number, e: number) =>
      list.some((b) => b.start.getTime() < e && b.end.getTime() > s);
    const roomFor = (s: number, e: number) =>
      rooms
        .map((r, order) => ({ ...r, order }))
        .filter((r) => r.capacity >= 5 && !overlaps(r.busy, s, e))
        .sort((a, b) => a.capacity - b.capacity || a.order - b.order)[0]?.id ?? null;

    // Every candidate from the start up to the last proposal: proposed exactly when free.
    const expected: { start: string; roomId: string }[] = [];
    for (let day = 0; day < 21 && expected.length < 40; day++) {
      const date = new Date(Date.UTC(2026, 10, 30 + day));
      const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
      if (date.getUTCDay() === 0 || date.getUTCDay() === 6 || isFinnishPublicHoliday(y, m, d)) continue;
      const midnight = helsinkiStartOfDay(y, m, d).getTime();
      for (let minute = 8 * 60; minute + 60 <= 16 * 60 && expected.length < 40; minute += 30) {
        const s = midnight + minute * 60_000;
        const e = s + 3_600_000;
        if (people.some((p) => overlaps(p.busy, s, e))) continue;
        const roomId = roomFor(s, e);
        if (roomId) expected.push({ start: iso(new Date(s)), roomId });
      }
    }
    expect(slots.map((s) => ({ start: iso(s.start), roomId: s.roomId }))).toEqual(expected);
  });

  it("handles 50 people × 200 busy intervals over 21 days quickly", () => {
    const random = rng(7);
    const from = new Date("2026-11-30T06:00:00Z");
    const span = 21 * 86_400_000;
    const people = Array.from({ length: 50 }, (_, i) => ({
      id: `p${i}`,
      busy: randomBusy(random, 200, from.getTime(), span, 60),
    }));
    const rooms = Array.from({ length: 10 }, (_, i) => ({
      id: `r${i}`,
      capacity: 4 + i,
      busy: randomBusy(random, 200, from.getTime(), span, 120),
    }));
    const t0 = performance.now();
    const slots = findSlots(query({ from, people, rooms, partySize: 6, requireRoom: true, durationMinutes: 90, limit: 5 }));
    const elapsed = performance.now() - t0;
    // 10 000 random busy intervals over 21 days leave no common 90 minutes: the whole horizon is searched.
    expect(slots).toEqual([]);
    expect(elapsed).toBeLessThan(500);
  });
});
