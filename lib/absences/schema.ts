import { z } from "zod";

const date = z.string({ error: "required" }).regex(/^\d{4}-\d{2}-\d{2}$/, "invalidDate");
const time = z.string({ error: "required" }).regex(/^([01]\d|2[0-3])[:.][0-5]\d$/, "invalidTime");

/**
 * A declared absence (holiday, training, part-time day off): Helsinki wall-clock start and end.
 * No reason is asked for: the slot finder only needs to know the person is away.
 */
export const declareAbsenceSchema = z.object({
  startDate: date,
  startTime: time,
  endDate: date,
  endTime: time,
});

export const removeAbsenceSchema = z.object({ absenceId: z.uuid({ error: "notFound" }) });

export type DeclareAbsenceInput = z.input<typeof declareAbsenceSchema>;
export type DeclareAbsence = z.output<typeof declareAbsenceSchema>;
