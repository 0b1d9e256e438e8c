// Yhteinen suunnitelma: exactly the fields of seed 001's kirjausrunko. Shared by the browser
// (react-hook-form) and the server, with errors.<key> message keys. A draft may be incomplete
// (autosave runs while people are still talking); publishing requires every field.
import { z } from "zod";
import { plainText } from "../validation/text.ts";
import { fromHelsinkiWallClock } from "../time/helsinki-wall-clock.ts";

export const PLAN_ACTION_SETTINGS = ["HOME", "EVERYDAY_ENVIRONMENT", "ELSEWHERE"] as const;
export const MAX_RESPONSIBLE_WORKERS = 2;

const dueDate = z
  .string({ error: "invalidDate" })
  .trim()
  .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)), "invalidDate")
  .transform((v) => (v === "" ? null : v));

/** `<input type="datetime-local">` value ("2026-12-01T09:30"), a Helsinki wall-clock time → instant. */
export const helsinkiDateTime = z
  .string({ error: "invalidDateTime" })
  .trim()
  .transform((v, ctx) => {
    if (v === "") return null;
    const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?$/.exec(v);
    const instant = m ? fromHelsinkiWallClock(m[1]!, m[2]!) : null;
    if (!instant) {
      ctx.addIssue({ code: "custom", message: "invalidDateTime" });
      return z.NEVER;
    }
    return instant;
  });

/**
 * Toimenpide. `actionId` is made by the browser (crypto.randomUUID) when a row is added, so an
 * autosave repeated after a lost reply updates the row instead of adding it twice, and the
 * follow-up status of an action survives later edits of the plan.
 */
export const planActionSchema = z.object({
  actionId: z.uuid({ error: "invalidChoice" }),
  setting: z.enum(PLAN_ACTION_SETTINGS, { error: "invalidChoice" }),
  description: plainText(1000),
  /** Who does it (the family, a named worker, a service): free text as agreed in the meeting. */
  who: plainText(200),
  dueDate,
  /** Only for ELSEWHERE ("muualla — missä?"). */
  place: plainText(200),
});

const planFields = {
  collaborationId: z.uuid({ error: "notFound" }),
  /** The working copy's version the form was loaded with (0 = none yet): optimistic concurrency. */
  version: z.coerce.number({ error: "invalidChoice" }).int("invalidChoice").min(0, "invalidChoice"),
  thingsNeedingChange: plainText(4000),
  actions: z.array(planActionSchema).max(30, "tooMany:30"),
  followUpWorkerToFamily: plainText(1000),
  followUpFamilyToWorker: plainText(1000),
  nextContactAt: helsinkiDateTime,
};

type PlanFields = z.output<z.ZodObject<typeof planFields>>;

function uniqueActionIds(v: PlanFields, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  v.actions.forEach((a, i) => {
    if (seen.has(a.actionId)) ctx.addIssue({ code: "custom", path: ["actions", i, "actionId"], message: "invalidChoice" });
    seen.add(a.actionId);
  });
}

/** Autosave: anything typed so far, within the limits. */
export const planDraftSchema = z.object(planFields).superRefine(uniqueActionIds);

/** Publishing: the whole plan as the seed's template requires it. */
export const publishPlanSchema = z
  .object({
    ...planFields,
    /** The meeting where the plan was agreed, if any ("" = none). */
    meetingId: z.union([z.literal(""), z.uuid({ error: "invalidChoice" })]).optional().transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    uniqueActionIds(v, ctx);
    const required = (path: (string | number)[]) => ctx.addIssue({ code: "custom", path, message: "required" });
    if (v.thingsNeedingChange === "") required(["thingsNeedingChange"]);
    if (v.actions.length === 0) ctx.addIssue({ code: "custom", path: ["actions"], message: "atLeastOneAction" });
    v.actions.forEach((a, i) => {
      if (a.description === "") required(["actions", i, "description"]);
      if (a.who === "") required(["actions", i, "who"]);
      if (a.setting === "ELSEWHERE" && a.place === "") required(["actions", i, "place"]);
    });
    if (v.followUpWorkerToFamily === "") required(["followUpWorkerToFamily"]);
    if (v.followUpFamilyToWorker === "") required(["followUpFamilyToWorker"]);
    if (v.nextContactAt === null) required(["nextContactAt"]);
  });

export const planLockSchema = z.object({ collaborationId: z.uuid({ error: "notFound" }) });

/** Vastuutyöntekijä: one or a pair, named by the family in the meeting. */
export const nameResponsibleWorkersSchema = z.object({
  collaborationId: z.uuid({ error: "notFound" }),
  userIds: z
    .array(z.uuid({ error: "invalidChoice" }))
    .min(1, "responsibleRequired")
    .max(MAX_RESPONSIBLE_WORKERS, "tooManyResponsible")
    .refine((ids) => new Set(ids).size === ids.length, "duplicateResponsible"),
  /** The chair confirms that the family itself named them (the model requires it). */
  namedByFamily: z.literal(true, { error: "familyMustName" }),
  /** What was agreed with the family about the responsibility, in the family's words if they wish. */
  familyAgreement: plainText(500),
});

export type PlanActionInput = z.input<typeof planActionSchema>;
export type PlanDraftInput = z.input<typeof planDraftSchema>;
export type PlanDraft = z.output<typeof planDraftSchema>;
export type PublishPlanInput = z.input<typeof publishPlanSchema>;
export type PublishPlan = z.output<typeof publishPlanSchema>;
export type NameResponsibleWorkersInput = z.input<typeof nameResponsibleWorkersSchema>;
export type NameResponsibleWorkers = z.output<typeof nameResponsibleWorkersSchema>;
