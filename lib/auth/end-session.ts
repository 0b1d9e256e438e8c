// Signing out on the server: next-auth's signOut event hands over the token being cleared, and its
// user's session version grows, so a copy of that cookie opens nothing any more. A token that is
// already out of date changes nothing (it must not end the user's newer sessions elsewhere).
import type { Db } from "../db/types.ts";
import { auditAuth } from "../audit/audit.ts";
import { revokeSessions } from "./session-version.ts";
import { sessionIsCurrent } from "./session-is-current.ts";

export async function endSession(db: Db, token: { sub?: string | null; sessionVersion?: number } | null | undefined): Promise<boolean> {
  const userId = token?.sub;
  if (!userId) return false;
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
    if (!user || !sessionIsCurrent(token.sessionVersion, user.sessionVersion)) return false;
    await revokeSessions(tx, userId);
    await auditAuth(tx, "signout", { actorId: userId });
    return true;
  });
}
