"use server";
// Server actions of meetings: convening (slots, booking, rescheduling, cancelling), answering an
// invitation, and running the meeting (open, attendance, complete).
import { serverAction } from "../actions/server-action.ts";
import { cancelMeetingAction, createMeetingAction, proposeSlotsAction, rescheduleMeetingAction, respondToInvitationAction } from "./actions.ts";
import { completeMeetingAction, recordAttendanceAction, startMeetingAction } from "./run-actions.ts";

export const proposeSlots = serverAction(proposeSlotsAction);
export const createMeeting = serverAction(createMeetingAction);
export const rescheduleMeeting = serverAction(rescheduleMeetingAction);
export const cancelMeeting = serverAction(cancelMeetingAction);
export const respondToInvitation = serverAction(respondToInvitationAction);
export const startMeeting = serverAction(startMeetingAction);
export const recordAttendance = serverAction(recordAttendanceAction);

const completeMeetingServer = serverAction(completeMeetingAction);

/** Completing answers the browser with only what it shows (the plan's version), not the whole publication. */
export async function completeMeeting(input: unknown) {
  const result = await completeMeetingServer(input);
  return result.ok ? { ok: true as const, data: { versionNumber: result.data.versionNumber, meetingId: result.data.meetingId } } : result;
}
