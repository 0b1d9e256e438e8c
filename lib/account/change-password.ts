// The signed-in user changes their own password: the current one proves it is them, the new one
// meets the policy, argon2id as everywhere. Every session of the user ends (this one too): they
// sign in again with the new password.
import type { Tx } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { AppError } from "../errors/app-error.ts";
import { hashPassword, verifyPassword } from "../auth/password.ts";
import { revokeSessions } from "../auth/session-version.ts";
import { auditAuth } from "../audit/audit.ts";
import type { ChangePassword } from "./schema.ts";

export const WRONG_CURRENT_PASSWORD = "currentPasswordWrong";

export async function changePassword(tx: Tx, user: SessionUser, input: ChangePassword, now = new Date()): Promise<{ changed: true }> {
  const row = await tx.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!row?.passwordHash) throw new AppError("VALIDATION", { fieldErrors: { currentPassword: "noPasswordAccount" } });
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    throw new AppError("VALIDATION", { fieldErrors: { currentPassword: WRONG_CURRENT_PASSWORD } });
  }
  await tx.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.newPassword), passwordChangedAt: now } });
  await revokeSessions(tx, user.id);
  await auditAuth(tx, "account.password.changed", { actorId: user.id, objectType: "User", objectId: user.id });
  return { changed: true };
}
