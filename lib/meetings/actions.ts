// Action definitions for convening and answering meetings, run by runSecureAction: the convener
// (the owner; for a follow-up meeting also the responsible worker) books and changes them, and the
// invited answer their own invitation.
import { defineAction } from "../actions/secure-action.ts";
import { ownRowsOnly } from "../authz/policies.ts";
import { requireConvener } from "../authz/collaboration-access.ts";
import { createMeeting } from "./create-meeting.ts";
import { cancelMeeting, requireMeetingForChange, rescheduleMeeting } from "./change-meeting.ts";
import { proposeSlots } from "./propose-slots.ts";
import { respondToInvitation } from "./respond.ts";
import { cancelMeetingSchema, meetingPlanSchema, rescheduleSchema, respondSchema, scheduleSchema } from "./schema.ts";

export interface ProposedSlot {
  start: string;
  end: string;
  roomId: string | null;
  roomName: string | null;
}

export const proposeSlotsAction = defineAction({
  name: "meeting.proposeSlots",
  capability: "families.work",
  schema: meetingPlanSchema,
  policy: ({ tx, user, input }) => requireConvener(tx, user, input.collaborationId, input.kind),
  async run({ tx, user, input }): Promise<ProposedSlot[]> {
    const slots = await proposeSlots(tx, user, input);
    return slots.map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString(), roomId: s.roomId, roomName: s.roomName }));
  },
});

export const createMeetingAction = defineAction({
  name: "meeting.create",
  capability: "families.work",
  schema: scheduleSchema,
  policy: ({ tx, user, input }) => requireConvener(tx, user, input.collaborationId, input.kind),
  run: ({ tx, user, input }) => createMeeting(tx, user, input),
});

export const rescheduleMeetingAction = defineAction({
  name: "meeting.reschedule",
  capability: "families.work",
  schema: rescheduleSchema,
  policy: ({ tx, user, input }) => requireMeetingForChange(tx, user, input.meetingId),
  run: ({ tx, user, input, grant }) => rescheduleMeeting(tx, user, grant, input),
});

export const cancelMeetingAction = defineAction({
  name: "meeting.cancel",
  capability: "families.work",
  schema: cancelMeetingSchema,
  policy: ({ tx, user, input }) => requireMeetingForChange(tx, user, input.meetingId),
  run: ({ tx, user, grant }) => cancelMeeting(tx, user, grant),
});

/** An invitation is answered by the invited user only: respondToInvitation finds it by (id, user). */
export const respondToInvitationAction = defineAction({
  name: "invitation.respond",
  capability: "invitations.respond",
  schema: respondSchema,
  policy: ownRowsOnly,
  run: ({ tx, user, input }) => respondToInvitation(tx, user, input),
});
