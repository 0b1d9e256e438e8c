"use server";
// Server actions of the guardians' consent: recording and withdrawing it.
import { serverAction } from "../actions/server-action.ts";
import { recordConsentAction, withdrawConsentAction } from "./actions.ts";

export const recordConsent = serverAction(recordConsentAction);
export const withdrawConsent = serverAction(withdrawConsentAction);
