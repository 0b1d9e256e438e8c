import { z } from "zod";
import { plainText } from "../validation/text.ts";
import { formDate, formTime } from "../validation/wall-clock.ts";

export const MEETING_MODES = ["IN_PERSON", "REMOTE", "HYBRID"] as const;
export const DURATIONS = [60, 90, 120] as const;

const onlineUrl = z
  .string()
  .trim()
  .max(500, "tooLong:500")
  .refine((v) => v === "" || /^https:\/\/[^\s<>"]+$/.test(v), "invalidUrl");

/** What the convener chooses: who is invited, how, and for how long. */
export const meetingPlanSchema = z.object({
  collaborationId: z.uuid({ error: "notFound" }),
  teamMemberIds: z.array(z.uuid({ error: "invalidChoice" })).min(1, "atLeastOneInvitee").max(12, "tooMany:12"),
  mode: z.enum(MEETING_MODES, { error: "invalidChoice" }),
  durationMinutes: z.coerce.number().refine((n) => (DURATIONS as readonly number[]).includes(n), "invalidChoice"),
  /** Family members expected in the room (for the room's size). */
  familyAttendees: z.coerce.number({ error: "invalidChoice" }).int("invalidChoice").min(1, "invalidChoice").max(10, "tooMany:10"),
  /** The same convening flow arranges the joint meeting and, later, follow-up meetings (seurantatapaaminen). */
  kind: z.enum(["JOINT", "FOLLOW_UP"], { error: "invalidChoice" }).optional(),
});

/** The chosen time and place: a proposed slot or one set by hand. */
export const scheduleSchema = meetingPlanSchema
  .extend({
    date: formDate,
    time: formTime,
    roomId: z.union([z.literal(""), z.uuid({ error: "invalidChoice" })]),
    onlineUrl,
  })
  .refine((v) => v.mode === "REMOTE" || v.roomId !== "", { path: ["roomId"], message: "roomRequired" })
  .refine((v) => v.mode === "IN_PERSON" || v.onlineUrl !== "", { path: ["onlineUrl"], message: "linkRequired" });

export const rescheduleSchema = z.object({
  meetingId: z.uuid({ error: "notFound" }),
  date: formDate,
  time: formTime,
  durationMinutes: z.coerce.number().refine((n) => (DURATIONS as readonly number[]).includes(n), "invalidChoice"),
  roomId: z.union([z.literal(""), z.uuid({ error: "invalidChoice" })]),
});

export const cancelMeetingSchema = z.object({ meetingId: z.uuid({ error: "notFound" }) });

export const respondSchema = z.object({
  invitationId: z.uuid({ error: "notFound" }),
  response: z.enum(["ACCEPTED", "DECLINED"], { error: "invalidChoice" }),
  message: plainText(500),
});

export type MeetingPlanInput = z.input<typeof meetingPlanSchema>;
export type MeetingPlan = z.output<typeof meetingPlanSchema>;
export type ScheduleInput = z.input<typeof scheduleSchema>;
export type Schedule = z.output<typeof scheduleSchema>;
export type Reschedule = z.output<typeof rescheduleSchema>;
export type Respond = z.output<typeof respondSchema>;
