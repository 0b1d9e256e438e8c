// The adoption-stage change form's schema, shared by the browser (react-hook-form) and the server.
import { z } from "zod";
import type { AdoptionStage } from "../db/generated/enums.ts";
import { formDate } from "../validation/wall-clock.ts";
import { plainText } from "../validation/text.ts";
import { helsinkiDay } from "./period.ts";

/** The five stages in order, then "not considered necessary" and "no answer" (seed 001). */
export const ADOPTION_STAGES = ["NOT_PLANNED", "GOAL_NOT_STARTED", "PLANNING", "PILOTING", "ROOTED", "NOT_NECESSARY", "NO_ANSWER"] as const satisfies readonly AdoptionStage[];

export const changeStageSchema = z
  .object({
    municipalityId: z.uuid({ error: "notFound" }),
    stage: z.enum(ADOPTION_STAGES, { error: "invalidChoice" }),
    effectiveDate: formDate,
    note: plainText(500),
  })
  .refine((v) => v.effectiveDate <= helsinkiDay(new Date()), { path: ["effectiveDate"], message: "stageDateInFuture" })
  .refine((v) => v.effectiveDate >= "2000-01-01", { path: ["effectiveDate"], message: "invalidDate" });

export type ChangeStageInput = z.input<typeof changeStageSchema>;
export type ChangeStage = z.output<typeof changeStageSchema>;
