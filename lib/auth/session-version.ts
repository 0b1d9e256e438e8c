// Revoking sessions: every JWT carries the user's sessionVersion from sign-in; currentUser refuses
// a token whose version is older than the user's. Growing the number ends every session of the user
// at their next request: sign-out, deactivation, a role change, a password change, a 2FA reset.
import type { DbOrTx } from "../db/types.ts";

export async function revokeSessions(db: DbOrTx, userId: string): Promise<number> {
  const { sessionVersion } = await db.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return sessionVersion;
}
