// Action definitions for running the joint meeting. Only the chair (the collaboration's owner)
// opens it, records who came and completes it; anyone else gets NOT_FOUND.
import { defineAction, type ActionContext } from "../actions/secure-action.ts";
import { requireMeetingChair } from "../authz/collaboration-access.ts";

const chair = ({ tx, user, input }: ActionContext<{ meetingId: string }>) => requireMeetingChair(tx, user, input.meetingId);
import { attendanceSchema, meetingRefSchema } from "./run-schema.ts";
import { startMeeting } from "./start-meeting.ts";
import { recordAttendance } from "./record-attendance.ts";
import { completeMeeting } from "./complete-meeting.ts";

export const startMeetingAction = defineAction({
  name: "meeting.start",
  capability: "families.work",
  schema: meetingRefSchema,
  policy: chair,
  run: ({ tx, user, input }) => startMeeting(tx, user, input.meetingId),
});

export const recordAttendanceAction = defineAction({
  name: "meeting.attendance",
  capability: "families.work",
  schema: attendanceSchema,
  policy: chair,
  run: ({ tx, user, input }) => recordAttendance(tx, user, input),
});

export const completeMeetingAction = defineAction({
  name: "meeting.complete",
  capability: "families.work",
  schema: meetingRefSchema,
  policy: chair,
  run: ({ tx, user, input }) => completeMeeting(tx, user, input.meetingId),
});
