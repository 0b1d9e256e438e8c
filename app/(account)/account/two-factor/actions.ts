"use server";
// Server actions of the two-factor page: start (a new secret), confirm with a code (recovery codes
// once), turn off with a code. Wrong codes count against the sign-in limits. These are the only
// actions a user who must still set up a required second factor may call.
import { headers } from "next/headers";
import { db } from "@/lib/db/client.ts";
import { currentUserIncludingEnrolment as currentUser } from "@/lib/auth/current-user.ts";
import { clientIp } from "@/lib/auth/client-ip.ts";
import { runSecureAction, type ActionState } from "@/lib/actions/secure-action.ts";
import { confirmTwoFactorAction, disableTwoFactorAction, startTwoFactorAction } from "@/lib/account/actions.ts";
import { WRONG_CODE } from "@/lib/account/two-factor.ts";
import { runLimitingWrongAnswers } from "@/lib/account/limit-wrong-answers.ts";

export async function startOwnTwoFactor(): Promise<ActionState<{ started: true }>> {
  return runSecureAction(startTwoFactorAction, { db, user: await currentUser() }, {});
}

export async function confirmOwnTwoFactor(input: unknown): Promise<ActionState<{ recoveryCodes: string[] }>> {
  const ip = clientIp(await headers());
  return runLimitingWrongAnswers(confirmTwoFactorAction, { db, user: await currentUser(), ip }, input, [WRONG_CODE]);
}

export async function disableOwnTwoFactor(input: unknown): Promise<ActionState<{ disabled: true }>> {
  const ip = clientIp(await headers());
  return runLimitingWrongAnswers(disableTwoFactorAction, { db, user: await currentUser(), ip }, input, [WRONG_CODE]);
}
