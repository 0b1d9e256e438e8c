"use server";
// Server actions of the guidance service (signed-in guidance workers of the request's municipality).
import { serverAction } from "../actions/server-action.ts";
import { closeContactRequestAction, recordPhoneContactAction, startCollaborationAction, takeContactRequestAction } from "./actions.ts";

export const takeContactRequest = serverAction(takeContactRequestAction);
export const closeContactRequest = serverAction(closeContactRequestAction);
export const startCollaborationFromRequest = serverAction(startCollaborationAction);
export const recordPhoneContact = serverAction(recordPhoneContactAction);
