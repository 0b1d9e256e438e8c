// The introduction round's record of who came. Saved as a whole each time (the chair ticks people
// off as they introduce themselves), so the rows are replaced in one transaction.
import type { Tx } from "../db/types.ts";
import { auditChange } from "../audit/audit.ts";
import { AppError } from "../errors/app-error.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { Attendance } from "./run-schema.ts";

export async function recordAttendance(tx: Tx, user: SessionUser, input: Attendance): Promise<{ present: number }> {
  const meeting = await tx.jointMeeting.findUniqueOrThrow({
    where: { id: input.meetingId },
    select: {
      id: true,
      status: true,
      collaborationId: true,
      organizerId: true,
      collaboration: { select: { familyId: true, ownerId: true, family: { select: { guardians: { select: { id: true, firstName: true, lastName: true } }, children: { select: { id: true, firstName: true } } } } } },
      invitations: { where: { status: { not: "CANCELLED" } }, select: { userId: true } },
    },
  });
  if (meeting.status !== "IN_PROGRESS") throw new AppError("VALIDATION", { fieldErrors: { _form: meeting.status === "SCHEDULED" ? "meetingNotStarted" : "meetingNotOpen" } });

  // Only people who belong to this meeting and family can be ticked; anything else is forged.
  // The organizer chairs (the owner, or the responsible worker who arranged a follow-up meeting).
  const invited = new Set([...meeting.invitations.map((i) => i.userId), meeting.collaboration.ownerId, meeting.organizerId]);
  const guardians = new Map(meeting.collaboration.family.guardians.map((g) => [g.id, g]));
  const children = new Map(meeting.collaboration.family.children.map((c) => [c.id, c]));
  const errors: Record<string, string> = {};
  input.professionals.forEach((p, i) => {
    if (!invited.has(p.userId)) errors[`professionals.${i}.userId`] = "invalidChoice";
  });
  input.guardians.forEach((g, i) => {
    if (!guardians.has(g.guardianId)) errors[`guardians.${i}.guardianId`] = "invalidChoice";
  });
  input.children.forEach((c, i) => {
    if (!children.has(c.childId)) errors[`children.${i}.childId`] = "invalidChoice";
  });
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", { fieldErrors: errors });

  const rows = [
    ...input.professionals.map((p) => ({ kind: "PROFESSIONAL" as const, userId: p.userId, attended: p.attended })),
    ...input.guardians.map((g) => {
      const person = guardians.get(g.guardianId)!;
      return { kind: "GUARDIAN" as const, guardianId: person.id, name: `${person.firstName} ${person.lastName}`, attended: g.attended };
    }),
    ...input.children.map((c) => ({ kind: "CHILD" as const, childId: c.childId, name: children.get(c.childId)!.firstName, attended: c.attended })),
    ...input.others.map((o) => ({ kind: "OTHER" as const, name: o.name, attended: true })),
  ];
  await tx.attendance.deleteMany({ where: { meetingId: meeting.id } });
  if (rows.length > 0) await tx.attendance.createMany({ data: rows.map((r) => ({ ...r, meetingId: meeting.id })) });
  const present = rows.filter((r) => r.attended).length;
  await auditChange(tx, "meeting.attendance", {
    actorId: user.id,
    objectType: "JointMeeting",
    objectId: meeting.id,
    familyId: meeting.collaboration.familyId,
    collaborationId: meeting.collaborationId,
    details: { present },
  });
  return { present };
}
