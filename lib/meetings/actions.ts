import type { SecureActionDefinition } from "../actions/secure-action.ts";
import { AppError } from "../errors/app-error.ts";
import { hasRole } from "../auth/session-user.ts";
import { requireConvener, requireMeetingOwner } from "./meeting-owner.ts";
import { createMeeting } from "./create-meeting.ts";
import { cancelMeeting, rescheduleMeeting } from "./change-meeting.ts";
import { proposeSlots } from "./propose-slots.ts";
import { respondToInvitation } from "./respond.ts";
import { cancelMeetingSchema, meetingPlanSchema, rescheduleSchema, respondSchema, scheduleSchema } from "./schema.ts";

export interface ProposedSlot {
  start: string;
  end: string;
  roomId: string | null;
  roomName: string | null;
}

export const proposeSlotsAction: SecureActionDefinition<typeof meetingPlanSchema, ProposedSlot[]> = {
  name: "meeting.proposeSlots",
  schema: meetingPlanSchema,
  async policy({ tx, user, input }) {
    await requireConvener(tx, user, input.collaborationId, input.kind);
  },
  async run({ tx, user, input }) {
    const slots = await proposeSlots(tx, user, input);
    return slots.map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString(), roomId: s.roomId, roomName: s.roomName }));
  },
};

export const createMeetingAction: SecureActionDefinition<typeof scheduleSchema, { id: string }> = {
  name: "meeting.create",
  schema: scheduleSchema,
  async policy({ tx, user, input }) {
    await requireConvener(tx, user, input.collaborationId, input.kind);
  },
  run: ({ tx, user, input }) => createMeeting(tx, user, input),
};

export const rescheduleMeetingAction: SecureActionDefinition<typeof rescheduleSchema, { id: string }> = {
  name: "meeting.reschedule",
  schema: rescheduleSchema,
  async policy({ tx, user, input }) {
    await requireMeetingOwner(tx, user, input.meetingId);
  },
  run: ({ tx, user, input }) => rescheduleMeeting(tx, user, input),
};

export const cancelMeetingAction: SecureActionDefinition<typeof cancelMeetingSchema, { id: string }> = {
  name: "meeting.cancel",
  schema: cancelMeetingSchema,
  async policy({ tx, user, input }) {
    await requireMeetingOwner(tx, user, input.meetingId);
  },
  run: ({ tx, user, input }) => cancelMeeting(tx, user, input.meetingId),
};

export const respondToInvitationAction: SecureActionDefinition<typeof respondSchema, { id: string }> = {
  name: "invitation.respond",
  schema: respondSchema,
  async policy({ user }) {
    if (!hasRole(user, "TEAM_MEMBER") && !hasRole(user, "FRONTLINE_WORKER")) throw new AppError("NOT_FOUND");
  },
  run: ({ tx, user, input }) => respondToInvitation(tx, user, input),
};
