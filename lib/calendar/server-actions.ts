"use server";
// Server actions of the personal calendar feed (the signed-in user's own account only).
import { serverAction } from "../actions/server-action.ts";
import { createFeedAction, revokeFeedAction } from "./actions.ts";

export const createCalendarFeed = serverAction(createFeedAction);
export const revokeCalendarFeed = serverAction(revokeFeedAction);
