// Action definitions for meeting feedback, run by runSecureAction. The public answer form has no
// session and so is not a secureAction: see submit-feedback.ts.
import { defineAction } from "../actions/secure-action.ts";
import { requireMeetingChair } from "../authz/collaboration-access.ts";
import { createFeedbackLink } from "./create-feedback-link.ts";
import { createFeedbackLinkSchema } from "./schema.ts";

/** Only the chair hands out feedback links; to anyone else the meeting does not exist. */
export const createFeedbackLinkAction = defineAction({
  name: "feedback.link.create",
  capability: "families.work",
  schema: createFeedbackLinkSchema,
  policy: ({ tx, user, input }) => requireMeetingChair(tx, user, input.meetingId),
  run: ({ tx, user, input }) => createFeedbackLink(tx, user, input),
});
