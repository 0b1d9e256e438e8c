// Europe/Helsinki date formatting with Finnish conventions (d.M.yyyy, HH.mm), right across DST:
// instants are stored in UTC and converted with @date-fns/tz at display time.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { TIME_ZONE } from "../i18n/config.ts";

export function inHelsinki(instant: Date): TZDate {
  return new TZDate(instant.getTime(), TIME_ZONE);
}

/** 1.3.2026 */
export function formatDate(instant: Date): string {
  return format(inHelsinki(instant), "d.M.yyyy");
}

/** 9.05 — Finnish uses a period between hours and minutes. */
export function formatTime(instant: Date): string {
  return format(inHelsinki(instant), "H.mm");
}

/** 14.05.09 — for "Tallennettu klo HH.mm.ss". */
export function formatTimeWithSeconds(instant: Date): string {
  return format(inHelsinki(instant), "HH.mm.ss");
}

/** 1.3.2026 klo 9.05 (the "klo" word is translated by the caller's message when needed). */
export function formatDateTime(instant: Date): string {
  return `${formatDate(instant)} ${formatTime(instant)}`;
}

/** A DATE column (stored as midnight UTC) shown as a calendar date, with no zone shift. */
export function formatCalendarDate(date: Date): string {
  return `${date.getUTCDate()}.${date.getUTCMonth() + 1}.${date.getUTCFullYear()}`;
}

/** "2026-03" — the Helsinki calendar month an instant belongs to. */
export function helsinkiMonthKey(instant: Date): string {
  return format(inHelsinki(instant), "yyyy-MM");
}

/** The UTC instant of Helsinki local midnight starting the given calendar day. */
export function helsinkiStartOfDay(year: number, month1: number, day: number): Date {
  return new Date(new TZDate(year, month1 - 1, day, 0, 0, 0, TIME_ZONE).getTime());
}
