// Dates and times as people type them, in the page's language — Finnish and Swedish d.M.yyyy and
// HH.mm, English d/M/yyyy and HH:mm — whatever the browser's own locale is (a native date input
// follows the browser, not the page). Converts to and from the wall-clock strings the forms' zod
// schemas parse ("2027-02-28", "09:30"), so the server side is unchanged. Wall-clock strings carry no
// zone: the domain reads them as Europe/Helsinki (lib/time/helsinki-wall-clock.ts), so there is no
// DST arithmetic here to get wrong.
import type { AppLocale } from "../i18n/config.ts";

interface Pattern {
  dateSeparator: "." | "/";
  timeSeparator: "." | ":";
}

const PATTERNS: Record<AppLocale, Pattern> = {
  fi: { dateSeparator: ".", timeSeparator: "." },
  sv: { dateSeparator: ".", timeSeparator: "." },
  en: { dateSeparator: "/", timeSeparator: ":" },
};

/** The BCP 47 locale for the calendar popup: month names, weekdays, Monday first, 24-hour clock. */
export const CALENDAR_LOCALE: Record<AppLocale, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-IE" };

const pad = (n: number) => String(n).padStart(2, "0");

/** A real calendar day (no 31.2., no 13th month), years 1000–9999. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** "2027-02-28" → "28.2.2027" (fi, sv) or "28/2/2027" (en); anything else → "". */
export function formatDateText(iso: string, locale: AppLocale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return "";
  const sep = PATTERNS[locale].dateSeparator;
  return `${Number(m[3])}${sep}${Number(m[2])}${sep}${m[1]}`;
}

/** "28.2.2027" → "2027-02-28"; null when the text is not a real day in the page's format. */
export function parseDateText(text: string, locale: AppLocale): string | null {
  const sep = PATTERNS[locale].dateSeparator === "." ? "\\." : "/";
  const m = new RegExp(`^\\s*(\\d{1,2})${sep}(\\d{1,2})${sep}(\\d{4})\\s*$`).exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isCalendarDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** "09:30" → "09.30" (fi, sv) or "09:30" (en); anything else → "". */
export function formatTimeText(value: string, locale: AppLocale): string {
  const m = /^(\d{2}):(\d{2})$/.exec(value);
  return m ? `${m[1]}${PATTERNS[locale].timeSeparator}${m[2]}` : "";
}

/**
 * "9.30", "09.30" (fi, sv), "9:30" (en) → "09:30"; null otherwise. Either separator is taken on any
 * page: a time is never ambiguous, unlike a date, and people type both.
 */
export function parseTimeText(text: string): string | null {
  const m = /^\s*(\d{1,2})[.:](\d{2})\s*$/.exec(text);
  if (!m) return null;
  const [hour, minute] = [Number(m[1]), Number(m[2])];
  return hour <= 23 && minute <= 59 ? `${pad(hour)}:${pad(minute)}` : null;
}
