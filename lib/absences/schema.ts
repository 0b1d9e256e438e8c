import { z } from "zod";
import { formDate, formTime } from "../validation/wall-clock.ts";

/**
 * A declared absence (holiday, training, part-time day off): Helsinki wall-clock start and end.
 * No reason is asked for: the slot finder only needs to know the person is away.
 */
export const declareAbsenceSchema = z.object({
  startDate: formDate,
  startTime: formTime,
  endDate: formDate,
  endTime: formTime,
});

export const removeAbsenceSchema = z.object({ absenceId: z.uuid({ error: "notFound" }) });

export type DeclareAbsenceInput = z.input<typeof declareAbsenceSchema>;
export type DeclareAbsence = z.output<typeof declareAbsenceSchema>;
