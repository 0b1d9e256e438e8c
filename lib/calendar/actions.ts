// Creating and revoking the personal calendar feed. Both act only on the signed-in user's own
// account (the schema takes no user id, so no other account can be named). The audit event
// records that a feed was created or revoked, never the token.
import type { SecureActionDefinition } from "../actions/secure-action.ts";
import type { Tx } from "../db/types.ts";
import { auditChange } from "../audit/audit.ts";
import { notFound } from "../errors/app-error.ts";
import { createFeedToken, feedUrl, revokeFeedToken } from "./feed-token.ts";
import { feedActionSchema } from "./schema.ts";

/** The account must still exist and be active: a deactivated user gets no new feed. */
async function requireOwnActiveAccount(tx: Tx, userId: string): Promise<void> {
  const user = await tx.user.findFirst({ where: { id: userId, active: true }, select: { id: true } });
  if (!user) throw notFound();
}

export const createFeedAction: SecureActionDefinition<typeof feedActionSchema, { url: string }> = {
  name: "calendar.feed.create",
  schema: feedActionSchema,
  policy: ({ tx, user }) => requireOwnActiveAccount(tx, user.id),
  async run({ tx, user }) {
    const token = await createFeedToken(tx, user.id);
    await auditChange(tx, "calendar.feed.create", { actorId: user.id, objectType: "User", objectId: user.id });
    // Shown to the user once; only its hash is stored.
    return { url: feedUrl(token) };
  },
};

export const revokeFeedAction: SecureActionDefinition<typeof feedActionSchema, null> = {
  name: "calendar.feed.revoke",
  schema: feedActionSchema,
  policy: ({ tx, user }) => requireOwnActiveAccount(tx, user.id),
  async run({ tx, user }) {
    await revokeFeedToken(tx, user.id);
    await auditChange(tx, "calendar.feed.revoke", { actorId: user.id, objectType: "User", objectId: user.id });
    return null;
  },
};
