"use server";
// Server actions of the admin's security page. Admins only (the policies answer NOT_FOUND to anyone else).
import { db } from "@/lib/db/client.ts";
import { currentUser } from "@/lib/auth/current-user.ts";
import { runSecureAction, type ActionState } from "@/lib/actions/secure-action.ts";
import { resetTwoFactorAction, setRoleSecurityAction } from "@/lib/admin/security-actions.ts";

export async function saveRoleSecurity(input: unknown): Promise<ActionState<{ changed: string[] }>> {
  return runSecureAction(setRoleSecurityAction, { db, user: await currentUser() }, input);
}

export async function resetUserTwoFactor(input: unknown): Promise<ActionState<{ userId: string; wasEnabled: boolean }>> {
  return runSecureAction(resetTwoFactorAction, { db, user: await currentUser() }, input);
}
