"use server";
// Server actions of meeting feedback: the chair creates the links; the anonymous form submits
// answers. The form has no session: the code in the input is its only credential, checked by
// submitFeedback together with the answers and rate-limited per client address.
import { headers } from "next/headers";
import { db } from "../db/client.ts";
import { clientIp } from "../auth/client-ip.ts";
import { serverAction } from "../actions/server-action.ts";
import { createFeedbackLinkAction } from "./actions.ts";
import { submitFeedback, type SubmitFeedbackResult } from "./submit-feedback.ts";

export const createFeedbackLink = serverAction(createFeedbackLinkAction);

export async function submitFeedbackAnswers(input: unknown): Promise<SubmitFeedbackResult> {
  return submitFeedback(db, input, { ip: clientIp(await headers()) });
}
