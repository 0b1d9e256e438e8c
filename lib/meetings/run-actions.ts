// Action definitions for running the joint meeting. Only the chair (the collaboration's owner)
// opens it, records who came and completes it; anyone else gets NOT_FOUND.
import { actionsWith } from "../actions/secure-action.ts";
import { requireMeetingChair, type MeetingGrant } from "../authz/collaboration-access.ts";
import { attendanceSchema, meetingRefSchema } from "./run-schema.ts";
import { startMeeting } from "./start-meeting.ts";
import { recordAttendance } from "./record-attendance.ts";
import { completeMeeting } from "./complete-meeting.ts";

/** The meeting's chair (the owner; for a follow-up meeting also the responsible worker), while the work is open. */
const chairAction = actionsWith<{ meetingId: string }, MeetingGrant>("families.work", ({ tx, user, input }) => requireMeetingChair(tx, user, input.meetingId));

export const startMeetingAction = chairAction("meeting.start", meetingRefSchema, ({ tx, user, input }) => startMeeting(tx, user, input.meetingId));

export const recordAttendanceAction = chairAction("meeting.attendance", attendanceSchema, ({ tx, user, input }) => recordAttendance(tx, user, input));

export const completeMeetingAction = chairAction("meeting.complete", meetingRefSchema, ({ tx, user, input }) => completeMeeting(tx, user, input.meetingId));
