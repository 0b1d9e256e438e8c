import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatTime, helsinkiMonthKey, helsinkiStartOfDay } from "@/lib/time/format.ts";

describe("Helsinki time formatting", () => {
  it("shows dates the Finnish way, d.M.yyyy", () => {
    expect(formatDate(new Date("2026-03-05T10:00:00Z"))).toBe("5.3.2026");
  });

  it("shows winter times at UTC+2 with a period between hours and minutes", () => {
    expect(formatTime(new Date("2026-01-15T07:05:00Z"))).toBe("9.05");
  });

  it("shows summer times at UTC+3", () => {
    expect(formatTime(new Date("2026-07-15T07:05:00Z"))).toBe("10.05");
  });

  it("is right on both sides of the spring DST change (29.3.2026 03.00 → 04.00)", () => {
    expect(formatDateTime(new Date("2026-03-29T00:59:00Z"))).toBe("29.3.2026 2.59");
    expect(formatDateTime(new Date("2026-03-29T01:00:00Z"))).toBe("29.3.2026 4.00");
  });

  it("puts 00.30 on 1 March Helsinki time into March, although it is still February in UTC", () => {
    expect(helsinkiMonthKey(new Date("2026-02-28T22:30:00Z"))).toBe("2026-03");
  });

  it("finds Helsinki midnight in UTC in winter and in summer", () => {
    expect(helsinkiStartOfDay(2026, 1, 10).toISOString()).toBe("2026-01-09T22:00:00.000Z");
    expect(helsinkiStartOfDay(2026, 7, 10).toISOString()).toBe("2026-07-09T21:00:00.000Z");
  });
});
