// "Forgot your password?": a reset link by mail, in the user's language. The answer is the same
// whether or not the address has an account (no mail is sent then), and both paths do the same
// database work up to the lookup, so the response does not tell who is a user here. Requests are
// rate limited per address and per client address, whether the account exists or not.
import type { Db } from "../db/types.ts";
import { AppError } from "../errors/app-error.ts";
import { enqueueEmail } from "../email/outbox.ts";
import { auditAuth } from "../audit/audit.ts";
import { recordHit } from "../security/rate-limit.ts";
import { issueAccountToken } from "./account-token.ts";
import { accountLinkEmail } from "../admin/users/account-mail.ts";

export const RESET_LIMITS = {
  perAddress: { limit: 3, windowMs: 3_600_000 },
  perIp: { limit: 20, windowMs: 3_600_000 },
} as const;

/** Counts the request (committed on its own, so a refused request still counts), then sends the link. */
export async function requestPasswordReset(db: Db, input: { email: string; ip: string }, now = new Date()): Promise<void> {
  const email = input.email.trim().toLowerCase();
  const byAddress = await recordHit(db, { key: `reset:account:${email}`, ...RESET_LIMITS.perAddress }, now);
  const byIp = await recordHit(db, { key: `reset:ip:${input.ip}`, ...RESET_LIMITS.perIp }, now);
  if (byAddress > RESET_LIMITS.perAddress.limit || byIp > RESET_LIMITS.perIp.limit) {
    throw new AppError("RATE_LIMITED", { fieldErrors: { email: "resetRateLimited" } });
  }
  await db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { email: { equals: email, mode: "insensitive" }, active: true },
      select: { id: true, email: true, name: true, locale: true },
    });
    if (!user) return;
    const { token } = await issueAccountToken(tx, { userId: user.id, kind: "PASSWORD_RESET", createdById: null, now });
    await enqueueEmail(tx, accountLinkEmail("PASSWORD_RESET", user, token));
    await auditAuth(tx, "account.password.reset.request", { actorId: null, objectType: "User", objectId: user.id, ip: input.ip });
  });
}
