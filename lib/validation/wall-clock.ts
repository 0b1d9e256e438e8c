// Form values of <input type="date"> and <input type="time">, read as Helsinki wall clock by the
// domain (lib/time/helsinki-wall-clock.ts). Shared by every form that asks for a day or a time.
import { z } from "zod";

/** "2026-12-01" */
export const formDate = z.string({ error: "required" }).regex(/^\d{4}-\d{2}-\d{2}$/, "invalidDate");

/** "09:30" (or "9.30" typed the Finnish way) */
export const formTime = z.string({ error: "required" }).regex(/^([01]\d|2[0-3])[:.][0-5]\d$/, "invalidTime");
