"use server";
// Server action of the own account page: changing one's password (ends every session of the user).
import { headers } from "next/headers";
import { db } from "@/lib/db/client.ts";
import { currentUser } from "@/lib/auth/current-user.ts";
import { clientIp } from "@/lib/auth/client-ip.ts";
import type { ActionState } from "@/lib/actions/secure-action.ts";
import { changePasswordAction } from "@/lib/account/actions.ts";
import { WRONG_CURRENT_PASSWORD } from "@/lib/account/change-password.ts";
import { runLimitingWrongAnswers } from "@/lib/account/limit-wrong-answers.ts";

export async function changeOwnPassword(input: unknown): Promise<ActionState<{ changed: true }>> {
  const ip = clientIp(await headers());
  return runLimitingWrongAnswers(changePasswordAction, { db, user: await currentUser(), ip }, input, [WRONG_CURRENT_PASSWORD]);
}
