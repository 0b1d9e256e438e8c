"use server";
// Server action of the admin's star templates: publishing a new version (admins only; the policy
// answers NOT_FOUND to anyone else).
import { db } from "@/lib/db/client.ts";
import { currentUser } from "@/lib/auth/current-user.ts";
import { runSecureAction, type ActionState } from "@/lib/actions/secure-action.ts";
import { publishTemplateAction } from "@/lib/star/actions.ts";

export async function publishStarTemplate(input: unknown): Promise<ActionState<{ id: string; version: number }>> {
  return runSecureAction(publishTemplateAction, { db, user: await currentUser() }, input);
}
