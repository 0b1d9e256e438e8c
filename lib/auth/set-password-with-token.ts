// Choosing a password with an invitation or reset link. The link is spent in the same transaction
// (a second use, even a simultaneous one, is refused), every other open link of the user stops
// working, and every session of the user ends (a reset after a stolen password locks the thief out).
import type { DbOrTx } from "../db/types.ts";
import { AppError } from "../errors/app-error.ts";
import { auditChange } from "../audit/audit.ts";
import { checkAccountToken } from "./account-token.ts";
import { hashPassword } from "./password.ts";
import { revokeSessions } from "./session-version.ts";

/** The field error a spent, expired or unknown link gets; the page explains what to do next. */
export const LINK_ERROR = { expired: "linkExpired", used: "linkUsed", invalid: "linkInvalid" } as const;

export async function setPasswordWithToken(tx: DbOrTx, input: { token: string; password: string }, now = new Date()): Promise<{ userId: string }> {
  const check = await checkAccountToken(tx, input.token, now);
  if (check.status !== "valid") throw new AppError("VALIDATION", { fieldErrors: { token: LINK_ERROR[check.status] } });
  const spent = await tx.accountToken.updateMany({ where: { id: check.id, usedAt: null }, data: { usedAt: now } });
  if (spent.count !== 1) throw new AppError("VALIDATION", { fieldErrors: { token: LINK_ERROR.used } });
  await tx.user.update({ where: { id: check.userId }, data: { passwordHash: await hashPassword(input.password), passwordChangedAt: now } });
  await tx.accountToken.deleteMany({ where: { userId: check.userId, usedAt: null } });
  await revokeSessions(tx, check.userId);
  await auditChange(tx, "account.password.set", {
    actorId: check.userId,
    objectType: "User",
    objectId: check.userId,
    details: { via: check.kind },
  });
  return { userId: check.userId };
}
