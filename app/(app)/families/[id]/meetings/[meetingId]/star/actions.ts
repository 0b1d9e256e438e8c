"use server";
// Server action of the meeting's Hyvinvoinnin tähti: a secureAction (session, zod, the chair-only
// policy, the domain function and its audit event in one transaction).
import { db } from "@/lib/db/client.ts";
import { currentUser } from "@/lib/auth/current-user.ts";
import { runSecureAction, type ActionState } from "@/lib/actions/secure-action.ts";
import { saveStarReviewAction } from "@/lib/star/actions.ts";

export async function saveStarReview(input: unknown): Promise<ActionState<{ id: string }>> {
  return runSecureAction(saveStarReviewAction, { db, user: await currentUser() }, input);
}
