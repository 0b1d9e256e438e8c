// Action definitions for meeting feedback, run by runSecureAction. The public answer form has no
// session and so is not a secureAction: see submit-feedback.ts.
import type { SecureActionDefinition } from "../actions/secure-action.ts";
import { requireMeetingOwner } from "../meetings/meeting-owner.ts";
import { createFeedbackLink, type FeedbackLink } from "./create-feedback-link.ts";
import { createFeedbackLinkSchema } from "./schema.ts";

/** Only the chair (the collaboration's owner) hands out feedback links; to anyone else the meeting does not exist. */
export const createFeedbackLinkAction: SecureActionDefinition<typeof createFeedbackLinkSchema, FeedbackLink> = {
  name: "feedback.link.create",
  schema: createFeedbackLinkSchema,
  async policy({ tx, user, input }) {
    await requireMeetingOwner(tx, user, input.meetingId);
  },
  run: ({ tx, user, input }) => createFeedbackLink(tx, user, input),
};
