"use server";
// Server actions of meeting feedback: the chair creates the links; the anonymous form submits
// answers. The form has no session: the code in the input is its only credential, checked by
// submitFeedback together with the answers and rate-limited per client address.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "../db/client.ts";
import { clientIp } from "../auth/client-ip.ts";
import { serverAction } from "../actions/server-action.ts";
import { createFeedbackLinkAction } from "./actions.ts";
import { submitFeedback, type SubmitFeedbackResult } from "./submit-feedback.ts";
import { feedbackInputFromFormData } from "./feedback-form-data.ts";
import { COMMENT_MAX, type FeedbackFormInput } from "./schema.ts";

export const createFeedbackLink = serverAction(createFeedbackLinkAction);


export interface FeedbackFormState {
  result: SubmitFeedbackResult | null;
  /** what was sent, put back into the form */
  values: FeedbackFormInput | null;
}

/**
 * The form's own action, the same with and without JavaScript (a plain HTML post then): sent
 * answers lead to the thank-you page; anything else comes back with the answers as given.
 */
export async function sendFeedbackForm(_previous: FeedbackFormState, form: FormData): Promise<FeedbackFormState> {
  const { input, tooLarge, hasFile } = feedbackInputFromFormData(form);
  let result: SubmitFeedbackResult;
  if (hasFile || tooLarge) {
    // Refused before any work, as the field would be in the browser.
    result = { ok: false, code: "VALIDATION", message: "formHasErrors", fieldErrors: { comment: `tooLong:${COMMENT_MAX}` } };
  } else {
    result = await submitFeedback(db, input, { ip: clientIp(await headers()) });
  }
  if (result.ok) {
    const respondent = form.get("respondent");
    redirect(`/p/${encodeURIComponent(input.code)}/thanks${respondent === "CHILD" ? "?for=child" : ""}`);
  }
  return { result, values: input };
}
