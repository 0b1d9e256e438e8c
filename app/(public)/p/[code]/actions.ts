"use server";
// The anonymous feedback form's one action. There is no session: the code in the input is the only
// credential, checked by submitFeedback together with the answers, rate-limited per client address.
import { headers } from "next/headers";
import { db } from "@/lib/db/client.ts";
import { clientIp } from "@/lib/auth/client-ip.ts";
import { submitFeedback, type SubmitFeedbackResult } from "@/lib/feedback/submit-feedback.ts";

export async function submitFeedbackAnswers(input: unknown): Promise<SubmitFeedbackResult> {
  return submitFeedback(db, input, { ip: clientIp(await headers()) });
}
