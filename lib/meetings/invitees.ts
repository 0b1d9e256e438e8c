import type { Expertise } from "../db/generated/enums.ts";
import type { DbOrTx } from "../db/types.ts";
import { AppError } from "../errors/app-error.ts";
import { inOrder } from "../db/in-order.ts";

export interface Invitee {
  teamMemberId: string;
  userId: string;
  name: string;
  email: string;
  locale: "fi" | "sv" | "en";
  expertise: Expertise;
}

/** The chosen people, who must be active members of an active (not retired) family-centre team of the family's area. */
export async function resolveInvitees(db: DbOrTx, areaId: string | null, teamMemberIds: string[]): Promise<Invitee[]> {
  const ids = [...new Set(teamMemberIds)];
  const members = await db.teamMember.findMany({
    where: { id: { in: ids }, active: true, user: { active: true }, team: areaId ? { areaId, active: true } : { id: "00000000-0000-0000-0000-000000000000" } },
    select: { id: true, expertise: true, user: { select: { id: true, name: true, email: true, locale: true } } },
  });
  if (members.length !== ids.length) throw new AppError("VALIDATION", { fieldErrors: { teamMemberIds: "invalidChoice" } });
  return members.map((m) => ({ teamMemberId: m.id, userId: m.user.id, name: m.user.name, email: m.user.email, locale: m.user.locale, expertise: m.expertise }));
}

/** Whether any of these people already has a meeting or a declared absence overlapping [start, end). */
export async function anyoneBusy(db: DbOrTx, userIds: string[], start: Date, end: Date, exceptMeetingId?: string): Promise<boolean> {
  const overlap = { startsAt: { lt: end }, endsAt: { gt: start } };
  const [meetings, absences] = await inOrder([
    db.jointMeeting.count({
      where: {
        ...overlap,
        status: { in: ["SCHEDULED", "IN_PROGRESS"] },
        id: exceptMeetingId ? { not: exceptMeetingId } : undefined,
        OR: [{ organizerId: { in: userIds } }, { invitations: { some: { userId: { in: userIds }, status: { in: ["PENDING", "ACCEPTED"] } } } }],
      },
    }),
    db.userAbsence.count({ where: { userId: { in: userIds }, ...overlap } }),
  ]);
  return meetings + absences > 0;
}
