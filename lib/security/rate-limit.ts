// Fixed-window counters kept in PostgreSQL, so every app instance behind a load balancer shares them.
import type { DbOrTx } from "../db/types.ts";

export interface RateLimitRule {
  /** e.g. "signin:account:<email>" */
  key: string;
  limit: number;
  windowMs: number;
}

function windowStart(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** How many hits the key has in the current window. */
export async function rateLimitCount(db: DbOrTx, rule: RateLimitRule, now: Date): Promise<number> {
  const row = await db.rateLimitBucket.findUnique({
    where: { key_windowStart: { key: rule.key, windowStart: windowStart(now, rule.windowMs) } },
    select: { count: true },
  });
  return row?.count ?? 0;
}

export async function isRateLimited(db: DbOrTx, rule: RateLimitRule, now: Date): Promise<boolean> {
  return (await rateLimitCount(db, rule, now)) >= rule.limit;
}

/** Records one hit atomically (one upsert statement) and returns the window's new count. */
export async function recordHit(db: DbOrTx, rule: RateLimitRule, now: Date): Promise<number> {
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count")
    VALUES (${rule.key}, ${windowStart(now, rule.windowMs)}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "count"`;
  return Number(rows[0]?.count ?? 0);
}
