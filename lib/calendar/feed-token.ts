// The secret in a personal calendar feed URL. Calendar clients cannot sign in, so the URL itself is
// the credential: 256 random bits, of which the database keeps only a SHA-256 hash. The token is
// shown to its owner once; creating a new one replaces the old (rotate), revoking clears it.
import { createHash, randomBytes } from "node:crypto";
import type { DbOrTx, Tx } from "../db/types.ts";
import type { Locale } from "../db/generated/enums.ts";
import { appUrl } from "../meetings/invitation-mail.ts";

export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function feedUrl(token: string): string {
  return appUrl(`/calendar-feed/${token}`);
}

/** A fresh token for the user; any earlier one stops working in the same write. */
export async function createFeedToken(tx: Tx, userId: string, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.user.update({ where: { id: userId }, data: { calendarFeedTokenHash: hashFeedToken(token), calendarFeedCreatedAt: now } });
  return token;
}

export async function revokeFeedToken(tx: Tx, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { calendarFeedTokenHash: null, calendarFeedCreatedAt: null } });
}

/** The owner of the token, or null for an unknown or revoked one or a deactivated account. */
export async function findUserByFeedToken(db: DbOrTx, token: string): Promise<{ id: string; locale: Locale } | null> {
  return db.user.findFirst({ where: { calendarFeedTokenHash: hashFeedToken(token), active: true }, select: { id: true, locale: true } });
}

/** Whether the user has a feed, and since when (the token itself cannot be shown again). */
export async function feedStatus(db: DbOrTx, userId: string): Promise<{ createdAt: Date } | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { calendarFeedCreatedAt: true, calendarFeedTokenHash: true } });
  return user?.calendarFeedTokenHash && user.calendarFeedCreatedAt ? { createdAt: user.calendarFeedCreatedAt } : null;
}
