import { describe, expect, it } from "vitest";
import { fromHelsinkiWallClock, toHelsinkiWallClock } from "@/lib/time/helsinki-wall-clock.ts";

describe("Helsinki wall-clock times typed into forms", () => {
  it("turns winter and summer times into the right UTC instants", () => {
    expect(fromHelsinkiWallClock("2026-12-01", "09:30")?.toISOString()).toBe("2026-12-01T07:30:00.000Z");
    expect(fromHelsinkiWallClock("2026-06-01", "9.30")?.toISOString()).toBe("2026-06-01T06:30:00.000Z");
  });

  it("refuses dates that do not exist and the hour skipped when clocks go forward", () => {
    expect(fromHelsinkiWallClock("2026-02-31", "09:00")).toBeNull();
    expect(fromHelsinkiWallClock("2026-03-29", "03:30")).toBeNull();
  });

  it("round-trips through the form values", () => {
    const instant = new Date("2026-10-26T06:00:00Z");
    expect(toHelsinkiWallClock(instant)).toEqual({ date: "2026-10-26", time: "08:00" });
    const { date, time } = toHelsinkiWallClock(instant);
    expect(fromHelsinkiWallClock(date, time)?.toISOString()).toBe(instant.toISOString());
  });
});
