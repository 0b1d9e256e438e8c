// Credentials sign-in: argon2id verification, one generic failure for wrong e-mail or password,
// then the second factor (TOTP or a recovery code) for users who have turned it on, and rate
// limiting per account and per IP with the counters in the database. A wrong code counts exactly
// like a wrong password, against the same per-account and per-IP limits.
import type { Db, DbOrTx } from "../db/types.ts";
import { auditAuth } from "../audit/audit.ts";
import { isRateLimited, recordHit, type RateLimitRule } from "../security/rate-limit.ts";
import { verifySecondFactor, type SecondFactor } from "../account/verify-second-factor.ts";
import { TIMING_DUMMY_HASH, verifyPassword } from "./password.ts";
import type { SessionUser } from "./session-user.ts";

const WINDOW_MS = 15 * 60 * 1000;
export const SIGNIN_LIMIT_PER_ACCOUNT = 5;
export const SIGNIN_LIMIT_PER_IP = 50;

export type AuthenticateResult =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: "INVALID" | "RATE_LIMITED" | "TWO_FACTOR_REQUIRED" | "TWO_FACTOR_INVALID" };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The limits a password or a code guess counts against: per account (e-mail) and per client IP. */
export function signInRules(email: string, ip: string): RateLimitRule[] {
  return [
    { key: `signin:account:${normalizeEmail(email).slice(0, 254)}`, limit: SIGNIN_LIMIT_PER_ACCOUNT, windowMs: WINDOW_MS },
    { key: `signin:ip:${ip}`, limit: SIGNIN_LIMIT_PER_IP, windowMs: WINDOW_MS },
  ];
}

export async function signInLimited(db: DbOrTx, email: string, ip: string, now = new Date()): Promise<boolean> {
  for (const rule of signInRules(email, ip)) if (await isRateLimited(db, rule, now)) return true;
  return false;
}

export async function recordFailedAttempt(db: DbOrTx, email: string, ip: string, now = new Date()): Promise<void> {
  for (const rule of signInRules(email, ip)) await recordHit(db, rule, now);
}

export async function authenticate(
  db: Db,
  input: { email: string; password: string; ip: string } & SecondFactor,
  now = new Date(),
): Promise<AuthenticateResult> {
  const email = normalizeEmail(input.email).slice(0, 254);
  if (await signInLimited(db, email, input.ip, now)) {
    await auditAuth(db, "signin.rate_limited", { actorId: null, ip: input.ip });
    return { ok: false, reason: "RATE_LIMITED" };
  }
  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(user?.passwordHash ?? TIMING_DUMMY_HASH, input.password.slice(0, 1024));
  if (!user || !user.active || !user.passwordHash || !valid) {
    await recordFailedAttempt(db, email, input.ip, now);
    await auditAuth(db, "signin.failed", { actorId: user?.id ?? null, ip: input.ip });
    return { ok: false, reason: "INVALID" };
  }
  let secondFactor: "totp" | "recovery" | null = null;
  if (user.totpEnabledAt) {
    // The password was right: without a code there is no session yet, only the question for one.
    if (!input.otp && !input.recoveryCode) return { ok: false, reason: "TWO_FACTOR_REQUIRED" };
    secondFactor = await verifySecondFactor(db, user, input, now);
    if (!secondFactor) {
      await recordFailedAttempt(db, email, input.ip, now);
      await auditAuth(db, "signin.two_factor_failed", { actorId: user.id, ip: input.ip });
      return { ok: false, reason: "TWO_FACTOR_INVALID" };
    }
  }
  await auditAuth(db, "signin.succeeded", {
    actorId: user.id,
    ip: input.ip,
    ...(secondFactor ? { details: { secondFactor } } : {}),
  });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, roles: user.roles, locale: user.locale } };
}
