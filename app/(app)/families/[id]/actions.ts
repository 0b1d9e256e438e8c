"use server";
// Server actions of one collaboration's steps. Each is a secureAction: session, zod, per-object
// policy, domain function and audit event in one transaction.
import { db } from "@/lib/db/client.ts";
import { currentUser } from "@/lib/auth/current-user.ts";
import { runSecureAction, type ActionState } from "@/lib/actions/secure-action.ts";
import { recordConcernAction } from "@/lib/collaborations/actions.ts";
import { recordConsentAction, withdrawConsentAction } from "@/lib/consents/actions.ts";
import { cancelMeetingAction, createMeetingAction, proposeSlotsAction, rescheduleMeetingAction, type ProposedSlot } from "@/lib/meetings/actions.ts";

export async function recordConcern(input: unknown): Promise<ActionState<{ id: string }>> {
  return runSecureAction(recordConcernAction, { db, user: await currentUser() }, input);
}

export async function recordConsent(input: unknown): Promise<ActionState<{ id: string }>> {
  return runSecureAction(recordConsentAction, { db, user: await currentUser() }, input);
}

export async function withdrawConsent(input: unknown): Promise<ActionState<{ id: string }>> {
  return runSecureAction(withdrawConsentAction, { db, user: await currentUser() }, input);
}

export async function proposeSlots(input: unknown): Promise<ActionState<ProposedSlot[]>> {
  return runSecureAction(proposeSlotsAction, { db, user: await currentUser() }, input);
}

export async function createMeeting(input: unknown): Promise<ActionState<{ id: string }>> {
  return runSecureAction(createMeetingAction, { db, user: await currentUser() }, input);
}

export async function rescheduleMeeting(input: unknown): Promise<ActionState<{ id: string }>> {
  return runSecureAction(rescheduleMeetingAction, { db, user: await currentUser() }, input);
}

export async function cancelMeeting(input: unknown): Promise<ActionState<{ id: string }>> {
  return runSecureAction(cancelMeetingAction, { db, user: await currentUser() }, input);
}
