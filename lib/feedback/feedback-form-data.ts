// The anonymous feedback form as a plain HTML post (no JavaScript): FormData ("answers.<question>"
// radio groups, the hidden code, the comment) → the input object the schema checks.
import { textEntries } from "../validation/form-data.ts";
import { COMMENT_MAX, type FeedbackFormInput } from "./schema.ts";

/** A whole post is at most this many bytes (30 answers, a 1,000-character comment in any script). */
export const FEEDBACK_POST_LIMIT = 8_192;

export function feedbackInputFromFormData(form: FormData): { input: FeedbackFormInput; tooLarge: boolean; hasFile: boolean } {
  const { fields, bytes, hasFile } = textEntries(form);
  const answers: Record<string, string> = {};
  for (const [key, value] of fields) if (key.startsWith("answers.")) answers[key.slice("answers.".length)] = value;
  const input: FeedbackFormInput = { code: fields.get("code") ?? "", answers, comment: (fields.get("comment") ?? "").slice(0, COMMENT_MAX * 4) };
  return { input, tooLarge: bytes > FEEDBACK_POST_LIMIT, hasFile };
}
