// Action definitions for running the joint meeting. Only the chair (the collaboration's owner)
// opens it, records who came and completes it; anyone else gets NOT_FOUND.
import type { SecureActionDefinition } from "../actions/secure-action.ts";
import type { PlanPublished } from "../plans/publish-plan.ts";
import { requireMeetingOwner } from "./meeting-owner.ts";
import { attendanceSchema, meetingRefSchema } from "./run-schema.ts";
import { startMeeting } from "./start-meeting.ts";
import { recordAttendance } from "./record-attendance.ts";
import { completeMeeting } from "./complete-meeting.ts";

export const startMeetingAction: SecureActionDefinition<typeof meetingRefSchema, { id: string; startedAt: Date }> = {
  name: "meeting.start",
  schema: meetingRefSchema,
  async policy({ tx, user, input }) {
    await requireMeetingOwner(tx, user, input.meetingId);
  },
  run: ({ tx, user, input }) => startMeeting(tx, user, input.meetingId),
};

export const recordAttendanceAction: SecureActionDefinition<typeof attendanceSchema, { present: number }> = {
  name: "meeting.attendance",
  schema: attendanceSchema,
  async policy({ tx, user, input }) {
    await requireMeetingOwner(tx, user, input.meetingId);
  },
  run: ({ tx, user, input }) => recordAttendance(tx, user, input),
};

export const completeMeetingAction: SecureActionDefinition<typeof meetingRefSchema, PlanPublished & { meetingId: string }> = {
  name: "meeting.complete",
  schema: meetingRefSchema,
  async policy({ tx, user, input }) {
    await requireMeetingOwner(tx, user, input.meetingId);
  },
  run: ({ tx, user, input }) => completeMeeting(tx, user, input.meetingId),
};
