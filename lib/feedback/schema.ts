// Feedback forms: the chair's "create a link" and the anonymous answer form. Shared by the browser
// (react-hook-form) and the server, with errors.<key> message keys.
import { z } from "zod";
import { plainText } from "../validation/text.ts";
import { ANSWER_CHOICES, FEEDBACK_KINDS, FEEDBACK_QUESTIONS, hasComment, SKIP_CHOICE, type FeedbackKind } from "./questions.ts";

export const createFeedbackLinkSchema = z.object({
  meetingId: z.uuid({ error: "notFound" }),
  respondent: z.enum(FEEDBACK_KINDS, { error: "invalidChoice" }),
});
export type CreateFeedbackLinkInput = z.output<typeof createFeedbackLinkSchema>;

export const COMMENT_MAX = 1000;
const MAX_ANSWER_KEYS = 30;

/**
 * Every question of the version must be answered, either with a score 1–5 or with "en osaa sanoa"
 * (stored as no answer). A key that is not a question of this version is refused by name.
 * Output: question key → score, or null for "en osaa sanoa".
 */
function answersSchema(kind: FeedbackKind) {
  const keys: readonly string[] = FEEDBACK_QUESTIONS[kind];
  return z
    .record(z.string(), z.string({ error: "invalidChoice" }), { error: "invalidChoice" })
    .superRefine((value, ctx) => {
      const given = Object.keys(value);
      if (given.length > MAX_ANSWER_KEYS) {
        ctx.addIssue({ code: "custom", path: [], message: "unknownQuestion" });
        return;
      }
      for (const key of keys) {
        if (!(ANSWER_CHOICES as readonly (string | undefined)[]).includes(value[key])) ctx.addIssue({ code: "custom", path: [key], message: "invalidChoice" });
      }
      for (const key of given) {
        if (!keys.includes(key)) ctx.addIssue({ code: "custom", path: [key], message: "unknownQuestion" });
      }
    })
    .transform((value) => Object.fromEntries(keys.map((k) => [k, value[k] === SKIP_CHOICE ? null : Number(value[k])])) as Record<string, number | null>);
}

/** What the form sends: radio values "1"–"5" or "skip" by question key. */
export interface FeedbackFormInput {
  code: string;
  answers: Record<string, string>;
  comment?: string;
}

export interface FeedbackSubmission {
  code: string;
  /** question key → score 1–5, or null for "en osaa sanoa" */
  answers: Record<string, number | null>;
  /** "" when none; always "" for the child's version */
  comment: string;
}

/** The anonymous form of one version. The child's version has no free text (anything sent is dropped). */
export function feedbackFormSchema(kind: FeedbackKind): z.ZodType<FeedbackSubmission, FeedbackFormInput> {
  return z.object({
    code: z.string({ error: "invalidChoice" }).max(40, "invalidChoice"),
    answers: answersSchema(kind),
    comment: hasComment(kind) ? plainText(COMMENT_MAX).default("") : z.string().optional().transform(() => ""),
  });
}
