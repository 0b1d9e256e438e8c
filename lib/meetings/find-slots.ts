// Proposes the earliest common meeting times for a joint meeting (koollekutsuminen):
// every chosen person free, and — unless the meeting is remote — a room big enough.
// Pure: no database, no clock. Work hours are Helsinki wall-clock, so they move in UTC
// across the DST changes; instants in and out are plain UTC Dates.
import { TZDate } from "@date-fns/tz";
import { TIME_ZONE } from "../i18n/config.ts";
import { inHelsinki } from "../time/format.ts";

export interface Interval {
  start: Date;
  end: Date;
}

export interface SlotQuery {
  /** Earliest allowed start instant: slots never start before it. */
  from: Date;
  /** How many Helsinki calendar days to search, counting the day of `from` as the first. */
  horizonDays: number;
  durationMinutes: number;
  /** Candidate start granularity in Helsinki wall-clock minutes, counted from `workDayStart`. Default 30. */
  stepMinutes?: number;
  /** Helsinki wall clock "HH:MM", default "08:00". */
  workDayStart?: string;
  /** Helsinki wall clock "HH:MM", default "16:00"; the meeting must end by this time. */
  workDayEnd?: string;
  /** Existing meetings and declared absences of every chosen person. */
  people: { id: string; busy: Interval[] }[];
  /** Candidate rooms with their bookings. */
  rooms: { id: string; capacity: number; busy: Interval[] }[];
  /** Rooms with capacity < partySize are never proposed. */
  partySize: number;
  /** False for a remote meeting: slots then have roomId null. */
  requireRoom: boolean;
  /** Default 5. */
  limit?: number;
}

export interface Slot {
  start: Date;
  end: Date;
  roomId: string | null;
}

const MINUTE_MS = 60_000;

// ---------------------------------------------------------------------------
// Finnish public holidays
// ---------------------------------------------------------------------------

/** Easter Sunday of a Gregorian year (anonymous Gregorian / Meeus–Jones–Butcher algorithm). Month is 1-based. */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

/** Days since the epoch of a calendar date (no time zone involved). */
function dayNumber(year: number, month1: number, day: number): number {
  return Math.round(Date.UTC(year, month1 - 1, day) / 86_400_000);
}

/**
 * Whether a calendar date (month 1-based) is a Finnish public holiday or a customary
 * day off on which joint meetings are not held: 1.1., 6.1., Good Friday, Easter Sunday,
 * Easter Monday, 1.5., Ascension Day, Pentecost, Midsummer Eve and Midsummer Day,
 * All Saints' Day, 6.12., 24.–26.12. (The Saturday/Sunday ones fall on weekends anyway.)
 */
export function isFinnishPublicHoliday(year: number, month: number, day: number): boolean {
  if (month === 1 && (day === 1 || day === 6)) return true;
  if (month === 5 && day === 1) return true;
  if (month === 12 && (day === 6 || day === 24 || day === 25 || day === 26)) return true;

  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  // Midsummer Eve: the Friday between 19 and 25 June; Midsummer Day: the Saturday between 20 and 26 June.
  if (month === 6 && weekday === 5 && day >= 19 && day <= 25) return true;
  if (month === 6 && weekday === 6 && day >= 20 && day <= 26) return true;
  // All Saints' Day: the Saturday between 31 October and 6 November.
  if (weekday === 6 && ((month === 10 && day === 31) || (month === 11 && day <= 6))) return true;

  const easter = easterSunday(year);
  const offset = dayNumber(year, month, day) - dayNumber(year, easter.month, easter.day);
  // Good Friday, Easter Sunday, Easter Monday, Ascension Day, Pentecost.
  return offset === -2 || offset === 0 || offset === 1 || offset === 39 || offset === 49;
}

// ---------------------------------------------------------------------------
// Busy intervals
// ---------------------------------------------------------------------------

/** Sorted, non-overlapping busy ranges in epoch milliseconds: starts[i] < ends[i] <= starts[i+1]. */
interface BusyIndex {
  starts: number[];
  ends: number[];
}

function buildBusyIndex(intervals: Iterable<Interval>): BusyIndex {
  const ranges: [number, number][] = [];
  for (const interval of intervals) {
    const s = interval.start.getTime();
    const e = interval.end.getTime();
    if (Number.isFinite(s) && Number.isFinite(e) && e > s) ranges.push([s, e]);
  }
  ranges.sort((x, y) => x[0] - y[0]);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [s, e] of ranges) {
    const last = ends.length - 1;
    if (last >= 0 && s <= ends[last]!) {
      if (e > ends[last]!) ends[last] = e;
    } else {
      starts.push(s);
      ends.push(e);
    }
  }
  return { starts, ends };
}

/** Whether [start, end) overlaps any busy range; touching (end == start) is not an overlap. */
function isBusy(index: BusyIndex, start: number, end: number): boolean {
  // First range whose end is after `start` (ends are sorted because the ranges are disjoint).
  let lo = 0;
  let hi = index.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.ends[mid]! > start) hi = mid;
    else lo = mid + 1;
  }
  return lo < index.starts.length && index.starts[lo]! < end;
}

function* allPeopleBusy(people: SlotQuery["people"]): Iterable<Interval> {
  for (const person of people) yield* person.busy;
}

// ---------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------

function parseWallClock(value: string, name: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value);
  const hours = match ? Number(match[1]) : NaN;
  const minutes = match ? Number(match[2]) : NaN;
  if (!(hours >= 0 && hours <= 24 && minutes >= 0 && minutes < 60) || hours * 60 + minutes > 24 * 60) {
    throw new RangeError(`${name} must be a wall-clock time "HH:MM", got "${value}"`);
  }
  return hours * 60 + minutes;
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value <= 0) throw new RangeError(`${name} must be a positive integer, got ${value}`);
  return value;
}

/** The UTC instant of a Helsinki wall-clock time on a calendar day (month 1-based). */
function helsinkiInstant(year: number, month1: number, day: number, minuteOfDay: number): number {
  return new TZDate(year, month1 - 1, day, Math.floor(minuteOfDay / 60), minuteOfDay % 60, 0, TIME_ZONE).getTime();
}

/**
 * The earliest free meeting times, earliest first, at most `limit`.
 *
 * Candidates start at `workDayStart + k × stepMinutes` Helsinki wall-clock on weekdays that are
 * not Finnish public holidays, never before `from`, and end (start + duration) by `workDayEnd`.
 * A candidate is free when no busy interval of any person overlaps it and, if `requireRoom`,
 * some room with capacity ≥ partySize is free for the whole slot; the smallest such room is
 * chosen (ties: input order).
 */
export function findSlots(q: SlotQuery): Slot[] {
  const limit = q.limit ?? 5;
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`limit must be a non-negative integer, got ${limit}`);
  const duration = positiveInteger(q.durationMinutes, "durationMinutes");
  const step = positiveInteger(q.stepMinutes ?? 30, "stepMinutes");
  const dayStart = parseWallClock(q.workDayStart ?? "08:00", "workDayStart");
  const dayEnd = parseWallClock(q.workDayEnd ?? "16:00", "workDayEnd");
  const fromMs = q.from.getTime();
  if (!Number.isFinite(fromMs)) throw new RangeError("from must be a valid date");
  if (limit === 0 || q.horizonDays <= 0 || dayEnd <= dayStart) return [];

  const peopleBusy = buildBusyIndex(allPeopleBusy(q.people));
  const rooms = q.requireRoom
    ? q.rooms
        .map((room, order) => ({ id: room.id, capacity: room.capacity, order, busy: buildBusyIndex(room.busy) }))
        .filter((room) => room.capacity >= q.partySize)
        .sort((a, b) => a.capacity - b.capacity || a.order - b.order)
    : [];
  if (q.requireRoom && rooms.length === 0) return [];

  const fromLocal = inHelsinki(q.from);
  const firstDay = { year: fromLocal.getFullYear(), month0: fromLocal.getMonth(), day: fromLocal.getDate() };
  const durationMs = duration * MINUTE_MS;
  const slots: Slot[] = [];

  for (let offset = 0; offset < q.horizonDays; offset++) {
    const date = new Date(Date.UTC(firstDay.year, firstDay.month0, firstDay.day + offset));
    const weekday = date.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth() + 1;
    const day = date.getUTCDate();
    if (isFinnishPublicHoliday(year, month, day)) continue;

    const closesAt = helsinkiInstant(year, month, day, dayEnd);
    for (let minute = dayStart; minute < dayEnd; minute += step) {
      const start = helsinkiInstant(year, month, day, minute);
      const end = start + durationMs;
      if (end > closesAt) break;
      if (start < fromMs) continue;
      if (isBusy(peopleBusy, start, end)) continue;

      let roomId: string | null = null;
      if (q.requireRoom) {
        const room = rooms.find((r) => !isBusy(r.busy, start, end));
        if (!room) continue;
        roomId = room.id;
      }
      slots.push({ start: new Date(start), end: new Date(end), roomId });
      if (slots.length >= limit) return slots;
    }
  }
  return slots;
}
