"use server";
// Server actions of the user's own absences (the calendar page).
import { serverAction } from "../actions/server-action.ts";
import { declareAbsenceAction, removeAbsenceAction } from "./actions.ts";

export const declareAbsence = serverAction(declareAbsenceAction);
export const removeAbsence = serverAction(removeAbsenceAction);
