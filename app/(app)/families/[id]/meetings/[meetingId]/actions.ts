"use server";
// Server actions of the chair's meeting view: open the meeting, record who came, complete it.
import { db } from "@/lib/db/client.ts";
import { currentUser } from "@/lib/auth/current-user.ts";
import { runSecureAction, type ActionState } from "@/lib/actions/secure-action.ts";
import { completeMeetingAction, recordAttendanceAction, startMeetingAction } from "@/lib/meetings/run-actions.ts";

export async function startMeeting(input: unknown): Promise<ActionState<{ id: string; startedAt: Date }>> {
  return runSecureAction(startMeetingAction, { db, user: await currentUser() }, input);
}

export async function recordAttendance(input: unknown): Promise<ActionState<{ present: number }>> {
  return runSecureAction(recordAttendanceAction, { db, user: await currentUser() }, input);
}

export async function completeMeeting(input: unknown): Promise<ActionState<{ versionNumber: number; meetingId: string }>> {
  const result = await runSecureAction(completeMeetingAction, { db, user: await currentUser() }, input);
  return result.ok ? { ok: true, data: { versionNumber: result.data.versionNumber, meetingId: result.data.meetingId } } : result;
}
