"use server";
// Server actions of a collaboration's first steps: opening it and recording puheeksiotto.
import { serverAction } from "../actions/server-action.ts";
import { createCollaborationAction, recordConcernAction } from "./actions.ts";

export const createCollaboration = serverAction(createCollaborationAction);
export const recordConcern = serverAction(recordConcernAction);
