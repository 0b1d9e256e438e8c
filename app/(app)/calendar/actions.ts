"use server";
// The calendar feed's server actions: each is a secureAction (session, zod, policy, domain
// function and audit event in one transaction) acting on the signed-in user's own account.
import { db } from "@/lib/db/client.ts";
import { currentUser } from "@/lib/auth/current-user.ts";
import { runSecureAction, type ActionState } from "@/lib/actions/secure-action.ts";
import { createFeedAction, revokeFeedAction } from "@/lib/calendar/actions.ts";

export async function createCalendarFeed(): Promise<ActionState<{ url: string }>> {
  return runSecureAction(createFeedAction, { db, user: await currentUser() }, {});
}

export async function revokeCalendarFeed(): Promise<ActionState<null>> {
  return runSecureAction(revokeFeedAction, { db, user: await currentUser() }, {});
}
