// Form values of the date and time fields (components/ui/date-fields.tsx sends what <input type="date">
// and <input type="time"> sent), read as Helsinki wall clock by the domain (lib/time/helsinki-wall-clock.ts).
// Shared by every form that asks for a day or a time.
import { z } from "zod";
import { isCalendarDay } from "../time/date-text.ts";

/** "2026-12-01", a real calendar day (not 2027-02-31, which a typed or crafted value could be). */
export const formDate = z
  .string({ error: "required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "invalidDate")
  .refine((v) => isCalendarDay(Number(v.slice(0, 4)), Number(v.slice(5, 7)), Number(v.slice(8, 10))), "invalidDate");

/** "09:30" (or "9.30" typed the Finnish way) */
export const formTime = z.string({ error: "required" }).regex(/^([01]\d|2[0-3])[:.][0-5]\d$/, "invalidTime");
