"use server";
// Server actions of the responsible worker's follow-up.
import { serverAction } from "../actions/server-action.ts";
import {
  closeCollaborationAction,
  handOverAction,
  markNotificationReadAction,
  recordContactAction,
  reopenCollaborationAction,
  shareInformationAction,
  updateActionStatusAction,
} from "./actions.ts";

export const recordContact = serverAction(recordContactAction);
export const updateActionStatus = serverAction(updateActionStatusAction);
export const shareInformation = serverAction(shareInformationAction);
export const handOver = serverAction(handOverAction);
export const closeCollaboration = serverAction(closeCollaborationAction);
export const reopenCollaboration = serverAction(reopenCollaborationAction);
export const markNotificationRead = serverAction(markNotificationReadAction);
