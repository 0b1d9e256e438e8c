// Action definitions for Hyvinvoinnin tähti: role rule, schema, policy and domain function, run by runSecureAction.
import { defineAction } from "../actions/secure-action.ts";
import { organisationWide } from "../authz/policies.ts";
import { requireMeetingChair } from "../authz/collaboration-access.ts";
import { publishTemplate } from "./publish-template.ts";
import { saveStarReview } from "./save-star-review.ts";
import { publishTemplateSchema, starReviewSchema } from "./schema.ts";

/** Templates are the system owner's to manage; to anyone else the action does not exist. */
export const publishTemplateAction = defineAction({
  name: "star.template.publish",
  capability: "admin.manage",
  schema: publishTemplateSchema,
  policy: organisationWide,
  run: ({ tx, user, input }) => publishTemplate(tx, user, input),
});

/** Only the chair records the review; members read it. */
export const saveStarReviewAction = defineAction({
  name: "star.review.save",
  capability: "families.work",
  schema: starReviewSchema,
  policy: ({ tx, user, input }) => requireMeetingChair(tx, user, input.meetingId),
  run: ({ tx, user, input }) => saveStarReview(tx, user, input),
});
