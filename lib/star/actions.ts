// Action definitions for Hyvinvoinnin tähti: schema, policy and domain function, run by runSecureAction.
import type { SecureActionDefinition } from "../actions/secure-action.ts";
import { notFound } from "../errors/app-error.ts";
import { hasRole } from "../auth/session-user.ts";
import { requireMeetingOwner } from "../meetings/meeting-owner.ts";
import { publishTemplate } from "./publish-template.ts";
import { saveStarReview } from "./save-star-review.ts";
import { publishTemplateSchema, starReviewSchema } from "./schema.ts";

/** Templates are the system owner's to manage; to anyone else the action does not exist. */
export const publishTemplateAction: SecureActionDefinition<typeof publishTemplateSchema, { id: string; version: number }> = {
  name: "star.template.publish",
  schema: publishTemplateSchema,
  async policy({ user }) {
    if (!hasRole(user, "ADMIN")) throw notFound();
  },
  run: ({ tx, user, input }) => publishTemplate(tx, user, input),
};

/** Only the chair (the collaboration's owner) records the review; members read it. */
export const saveStarReviewAction: SecureActionDefinition<typeof starReviewSchema, { id: string }> = {
  name: "star.review.save",
  schema: starReviewSchema,
  async policy({ tx, user, input }) {
    await requireMeetingOwner(tx, user, input.meetingId);
  },
  run: ({ tx, user, input }) => saveStarReview(tx, user, input),
};
