"use server";
// Server actions of the responsible worker's follow-up. Each is a secureAction: session, zod,
// per-object policy (active responsible worker; closed = read-only), domain function and audit event.
import { db } from "@/lib/db/client.ts";
import { currentUser } from "@/lib/auth/current-user.ts";
import { runSecureAction, type ActionState } from "@/lib/actions/secure-action.ts";
import {
  closeCollaborationAction,
  handOverAction,
  markNotificationReadAction,
  recordContactAction,
  reopenCollaborationAction,
  shareInformationAction,
  updateActionStatusAction,
} from "@/lib/follow-up/actions.ts";

export async function recordContact(input: unknown): Promise<ActionState<{ id: string }>> {
  return runSecureAction(recordContactAction, { db, user: await currentUser() }, input);
}

export async function updateActionStatus(input: unknown): Promise<ActionState<{ id: string; status: string }>> {
  return runSecureAction(updateActionStatusAction, { db, user: await currentUser() }, input);
}

export async function shareInformation(input: unknown): Promise<ActionState<{ id: string }>> {
  return runSecureAction(shareInformationAction, { db, user: await currentUser() }, input);
}

export async function handOver(input: unknown): Promise<ActionState<{ toUserId: string }>> {
  return runSecureAction(handOverAction, { db, user: await currentUser() }, input);
}

export async function closeCollaboration(input: unknown): Promise<ActionState<{ id: string; cancelledMeetings: number }>> {
  return runSecureAction(closeCollaborationAction, { db, user: await currentUser() }, input);
}

export async function reopenCollaboration(input: unknown): Promise<ActionState<{ id: string }>> {
  return runSecureAction(reopenCollaborationAction, { db, user: await currentUser() }, input);
}

export async function markNotificationRead(input: unknown): Promise<ActionState<{ id: string }>> {
  return runSecureAction(markNotificationReadAction, { db, user: await currentUser() }, input);
}
