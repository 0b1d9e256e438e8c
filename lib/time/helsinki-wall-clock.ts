import { TZDate } from "@date-fns/tz";
import { TIME_ZONE } from "../i18n/config.ts";

/** "2026-12-01" + "09:30" (or "9.30") Helsinki wall clock → the UTC instant; null if not a real time. */
export function fromHelsinkiWallClock(date: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{1,2})[:.](\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [y, m, day, h, min] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  const z = new TZDate(y, m - 1, day, h, min, 0, TIME_ZONE);
  // Reject overflow (31.2.) and the hour that does not exist when clocks spring forward.
  if (z.getFullYear() !== y || z.getMonth() !== m - 1 || z.getDate() !== day || z.getHours() !== h || z.getMinutes() !== min) return null;
  return new Date(z.getTime());
}

/** The Helsinki calendar date and wall-clock time of an instant, as form values. */
export function toHelsinkiWallClock(instant: Date): { date: string; time: string } {
  const z = new TZDate(instant.getTime(), TIME_ZONE);
  const pad = (n: number) => String(n).padStart(2, "0");
  return { date: `${z.getFullYear()}-${pad(z.getMonth() + 1)}-${pad(z.getDate())}`, time: `${pad(z.getHours())}:${pad(z.getMinutes())}` };
}
