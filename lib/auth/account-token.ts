// Invitation and password-reset links. The link carries 32 random bytes; only their SHA-256 is
// stored, so a copy of the database opens no account. A link works once, until it expires, and a
// newer link of the same kind replaces every older unused one ("re-send" makes old mails useless).
import { createHash, randomBytes } from "node:crypto";
import type { DbOrTx } from "../db/types.ts";
import type { AccountTokenKind } from "../db/generated/enums.ts";

export const TOKEN_TTL_MS: Record<AccountTokenKind, number> = {
  INVITATION: 72 * 3_600_000,
  PASSWORD_RESET: 2 * 3_600_000,
};

export function hashAccountToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The public page where the link's holder chooses a password (invitation and reset alike). */
export function setPasswordPath(token: string): string {
  return `/account/set-password/${token}`;
}

/** Issues a new link for the user, retiring every unused older one of the same kind. Returns the token. */
export async function issueAccountToken(
  tx: DbOrTx,
  opts: { userId: string; kind: AccountTokenKind; createdById: string | null; now?: Date },
): Promise<{ token: string; expiresAt: Date }> {
  const now = opts.now ?? new Date();
  await tx.accountToken.deleteMany({ where: { userId: opts.userId, kind: opts.kind, usedAt: null } });
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + TOKEN_TTL_MS[opts.kind]);
  await tx.accountToken.create({
    data: { userId: opts.userId, kind: opts.kind, tokenHash: hashAccountToken(token), expiresAt, createdById: opts.createdById, createdAt: now },
  });
  return { token, expiresAt };
}

export type TokenCheck =
  | { status: "valid"; id: string; userId: string; kind: AccountTokenKind }
  | { status: "expired" | "used" | "invalid" };

/** What a link is worth now. A malformed, unknown or superseded link is "invalid". */
export async function checkAccountToken(db: DbOrTx, token: string, now = new Date()): Promise<TokenCheck> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { status: "invalid" };
  const row = await db.accountToken.findUnique({
    where: { tokenHash: hashAccountToken(token) },
    select: { id: true, userId: true, kind: true, expiresAt: true, usedAt: true, user: { select: { active: true } } },
  });
  if (!row || !row.user.active) return { status: "invalid" };
  if (row.usedAt) return { status: "used" };
  if (row.expiresAt <= now) return { status: "expired" };
  return { status: "valid", id: row.id, userId: row.userId, kind: row.kind };
}
