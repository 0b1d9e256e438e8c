// Creating and revoking the personal calendar feed. Both act only on the signed-in user's own
// account (the schema takes no user id, so no other account can be named). The audit event
// records that a feed was created or revoked, never the token.
import { defineAction } from "../actions/secure-action.ts";
import { ownActiveAccount } from "../authz/policies.ts";
import { createFeedToken, feedUrl, revokeFeedToken } from "./feed-token.ts";
import { feedActionSchema } from "./schema.ts";

export const createFeedAction = defineAction({
  name: "calendar.feed.create",
  capability: "calendar.use",
  schema: feedActionSchema,
  policy: ownActiveAccount,
  async run({ tx, user }) {
    const token = await createFeedToken(tx, user.id);
    // Shown to the user once; only its hash is stored.
    return { url: feedUrl(token) };
  },
  audit: ({ user }) => ({ objectType: "User", objectId: user.id }),
});

export const revokeFeedAction = defineAction({
  name: "calendar.feed.revoke",
  capability: "calendar.use",
  schema: feedActionSchema,
  policy: ownActiveAccount,
  async run({ tx, user }) {
    await revokeFeedToken(tx, user.id);
    return null;
  },
  audit: ({ user }) => ({ objectType: "User", objectId: user.id }),
});
