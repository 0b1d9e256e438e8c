"use server";
// The chair's feedback action: a secureAction (session, zod, meeting-owner policy, domain function
// and audit event in one transaction).
import { db } from "@/lib/db/client.ts";
import { currentUser } from "@/lib/auth/current-user.ts";
import { runSecureAction, type ActionState } from "@/lib/actions/secure-action.ts";
import { createFeedbackLinkAction } from "@/lib/feedback/actions.ts";
import type { FeedbackLink } from "@/lib/feedback/create-feedback-link.ts";

export async function createFeedbackLink(input: unknown): Promise<ActionState<FeedbackLink>> {
  return runSecureAction(createFeedbackLinkAction, { db, user: await currentUser() }, input);
}
