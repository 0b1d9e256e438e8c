"use server";
// Server actions of Hyvinvoinnin tähti: the chair saves a meeting's star; an admin publishes a template.
import { serverAction } from "../actions/server-action.ts";
import { publishTemplateAction, saveStarReviewAction } from "./actions.ts";

export const saveStarReview = serverAction(saveStarReviewAction);
export const publishStarTemplate = serverAction(publishTemplateAction);
