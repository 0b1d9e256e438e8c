// Hyvinvoinnin tähti forms: the admin's new template version and the chair's review of a meeting.
// Shared by the browser (react-hook-form) and the server, with errors.<key> message keys.
import { z } from "zod";
import { plainText } from "../validation/text.ts";

/** Area keys are stable identifiers across versions (so reviews on different versions compare). */
const areaKey = z.string({ error: "required" }).trim().regex(/^[a-z][a-z0-9_]{1,59}$/, "invalidKey");
const label = plainText(200, { required: true });

export const templateAreaSchema = z.object({
  key: areaKey,
  /** The side this sub-area belongs to; "" or missing for a side or a stand-alone area. */
  parentKey: z.union([z.literal(""), areaKey]).nullish().transform((v) => v || null),
  labelFi: label,
  labelSv: label,
  labelEn: label,
  sortOrder: z.coerce.number({ error: "invalidChoice" }).int("invalidChoice").min(0, "invalidChoice").max(1000, "invalidChoice"),
});

/** A new template version: at most two levels (side → sub-area), keys unique. */
export const publishTemplateSchema = z
  .object({
    source: plainText(300),
    areas: z.array(templateAreaSchema).min(1, "atLeastOneArea").max(60, "tooMany:60"),
  })
  .superRefine((v, ctx) => {
    const byKey = new Map<string, (typeof v.areas)[number]>();
    v.areas.forEach((a, i) => {
      if (byKey.has(a.key)) ctx.addIssue({ code: "custom", path: ["areas", i, "key"], message: "duplicateKey" });
      else byKey.set(a.key, a);
    });
    v.areas.forEach((a, i) => {
      if (!a.parentKey) return;
      const parent = byKey.get(a.parentKey);
      if (!parent || parent === a) ctx.addIssue({ code: "custom", path: ["areas", i, "parentKey"], message: "unknownParent" });
      else if (parent.parentKey) ctx.addIssue({ code: "custom", path: ["areas", i, "parentKey"], message: "nestedTooDeep" });
    });
  });

/** Empty input means "not rated"; otherwise a whole number 1–5 agreed together. */
const rating = z.preprocess(
  (v) => (v === "" || v === undefined ? null : typeof v === "string" ? Number(v) : v),
  z.number({ error: "ratingRange" }).int("ratingRange").min(1, "ratingRange").max(5, "ratingRange").nullable(),
);

const view = plainText(2000);

/** One area: strengths and worries/needs from the child's, the parents' and the professionals' view. */
export const starEntrySchema = z.object({
  areaKey: z.string({ error: "unknownArea" }).max(60, "unknownArea"),
  strengthsChild: view,
  strengthsParents: view,
  strengthsProfessionals: view,
  worriesChild: view,
  worriesParents: view,
  worriesProfessionals: view,
  rating,
});

export const starReviewSchema = z
  .object({
    meetingId: z.uuid({ error: "notFound" }),
    /** The template version the form was drawn from (a new version published meanwhile does not move it). */
    templateId: z.uuid({ error: "notFound" }),
    entries: z.array(starEntrySchema).max(60, "tooMany:60"),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.entries.forEach((e, i) => {
      if (seen.has(e.areaKey)) ctx.addIssue({ code: "custom", path: ["entries", i, "areaKey"], message: "duplicateArea" });
      seen.add(e.areaKey);
    });
  });

export type PublishTemplateInput = z.input<typeof publishTemplateSchema>;
export type PublishTemplate = z.output<typeof publishTemplateSchema>;
export type StarEntry = z.output<typeof starEntrySchema>;
export type StarReviewInput = z.input<typeof starReviewSchema>;
export type StarReview = z.output<typeof starReviewSchema>;
