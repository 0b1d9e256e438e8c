// An invitation: a fresh single-use 72-hour link (older unused ones stop working) mailed through the
// outbox in the user's language, in the caller's transaction.
import type { DbOrTx } from "../../db/types.ts";
import { enqueueEmail } from "../../email/outbox.ts";
import { issueAccountToken } from "../../auth/account-token.ts";
import { accountLinkEmail } from "./account-mail.ts";

export async function sendInvitation(
  tx: DbOrTx,
  user: { id: string; email: string; name: string; locale: "fi" | "sv" | "en" },
  actorId: string,
  now = new Date(),
): Promise<void> {
  const { token } = await issueAccountToken(tx, { userId: user.id, kind: "INVITATION", createdById: actorId, now });
  await enqueueEmail(tx, accountLinkEmail("INVITATION", user, token));
}
