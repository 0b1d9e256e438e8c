// Credentials sign-in: argon2id verification, one generic failure for wrong e-mail or password,
// and rate limiting per account and per IP with the counters in the database.
import type { Db } from "../db/types.ts";
import { writeAuditEvent } from "../audit/write-audit-event.ts";
import { isRateLimited, recordHit, type RateLimitRule } from "../security/rate-limit.ts";
import { TIMING_DUMMY_HASH, verifyPassword } from "./password.ts";
import type { SessionUser } from "./session-user.ts";

const WINDOW_MS = 15 * 60 * 1000;
export const SIGNIN_LIMIT_PER_ACCOUNT = 5;
export const SIGNIN_LIMIT_PER_IP = 50;

export type AuthenticateResult = { ok: true; user: SessionUser } | { ok: false; reason: "INVALID" | "RATE_LIMITED" };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function authenticate(
  db: Db,
  input: { email: string; password: string; ip: string },
  now = new Date(),
): Promise<AuthenticateResult> {
  const email = normalizeEmail(input.email).slice(0, 254);
  const rules: RateLimitRule[] = [
    { key: `signin:account:${email}`, limit: SIGNIN_LIMIT_PER_ACCOUNT, windowMs: WINDOW_MS },
    { key: `signin:ip:${input.ip}`, limit: SIGNIN_LIMIT_PER_IP, windowMs: WINDOW_MS },
  ];
  for (const rule of rules) {
    if (await isRateLimited(db, rule, now)) {
      await writeAuditEvent(db, { kind: "AUTH", action: "signin.rate_limited", ip: input.ip });
      return { ok: false, reason: "RATE_LIMITED" };
    }
  }
  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(user?.passwordHash ?? TIMING_DUMMY_HASH, input.password.slice(0, 1024));
  if (!user || !user.active || !user.passwordHash || !valid) {
    for (const rule of rules) await recordHit(db, rule, now);
    await writeAuditEvent(db, { kind: "AUTH", action: "signin.failed", actorId: user?.id ?? null, ip: input.ip });
    return { ok: false, reason: "INVALID" };
  }
  await writeAuditEvent(db, { kind: "AUTH", action: "signin.succeeded", actorId: user.id, ip: input.ip });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, roles: user.roles, locale: user.locale } };
}
