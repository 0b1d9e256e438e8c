// When the next agreed contact is due, by Helsinki calendar day: a contact agreed for a day is
// "today" all that day and overdue from the following Helsinki midnight on. Instants are UTC; the day
// boundaries come from the Europe/Helsinki zone, so they are right across the DST changes.
import { toHelsinkiWallClock } from "../time/helsinki-wall-clock.ts";
import { helsinkiStartOfDay } from "../time/format.ts";

export type ContactDue = "OVERDUE" | "TODAY" | "UPCOMING" | "NONE";

/** "2026-03-29": the Helsinki calendar day of an instant. */
export function helsinkiDay(instant: Date): string {
  return toHelsinkiWallClock(instant).date;
}

/** The instants of Helsinki midnight starting the day of `instant` and the next day. */
export function helsinkiDayBounds(instant: Date): { start: Date; end: Date } {
  const [y, m, d] = helsinkiDay(instant).split("-").map(Number) as [number, number, number];
  // Day 32 etc. rolls over correctly in the TZDate constructor.
  return { start: helsinkiStartOfDay(y, m, d), end: helsinkiStartOfDay(y, m, d + 1) };
}

export function contactDue(next: Date | null | undefined, now: Date): ContactDue {
  if (!next) return "NONE";
  const { start, end } = helsinkiDayBounds(now);
  if (next.getTime() < start.getTime()) return "OVERDUE";
  if (next.getTime() < end.getTime()) return "TODAY";
  return "UPCOMING";
}

/** Whole Helsinki days from the agreed day to today (0 when due today or later). */
export function daysOverdue(next: Date, now: Date): number {
  const a = Date.parse(`${helsinkiDay(next)}T00:00:00Z`);
  const b = Date.parse(`${helsinkiDay(now)}T00:00:00Z`);
  return Math.max(0, Math.round((b - a) / 86_400_000));
}
