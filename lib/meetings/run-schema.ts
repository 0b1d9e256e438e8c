// Running the joint meeting: opening it, the introduction round's attendance, and completing it.
import { z } from "zod";
import { plainText } from "../validation/text.ts";

export const meetingRefSchema = z.object({ meetingId: z.uuid({ error: "notFound" }) });

const present = z.union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false")]).transform((v) => v === true || v === "on" || v === "true");

/**
 * Who came (esittelykierros): the invited professionals, the family members, and anyone else the
 * family brought (a grandparent, an interpreter). Family members and others are recorded by name
 * only for the meeting's record; nothing else about them is asked.
 */
export const attendanceSchema = z.object({
  meetingId: z.uuid({ error: "notFound" }),
  professionals: z.array(z.object({ userId: z.uuid({ error: "invalidChoice" }), attended: present })).max(40, "tooMany:40"),
  guardians: z.array(z.object({ guardianId: z.uuid({ error: "invalidChoice" }), attended: present })).max(10, "tooMany:10"),
  children: z.array(z.object({ childId: z.uuid({ error: "invalidChoice" }), attended: present })).max(15, "tooMany:15"),
  /** "Name and role", e.g. "Maija Virtanen, tulkki": one line each, as the chair hears it. */
  others: z.array(z.object({ name: plainText(120, { required: true }) })).max(10, "tooMany:10"),
});

export type AttendanceInput = z.input<typeof attendanceSchema>;
export type Attendance = z.output<typeof attendanceSchema>;
