import type { Prisma } from "../db/generated/client.ts";
import type { MeetingKind } from "../db/generated/enums.ts";
import type { DbOrTx } from "../db/types.ts";
import { AppError, notFound } from "../errors/app-error.ts";
import { requireOwner } from "../collaborations/policy.ts";

/**
 * Who chairs a meeting: the collaboration's owner (the frontline worker who convened the joint
 * meeting), and for a follow-up meeting (seurantatapaaminen) also the family's active responsible
 * worker, who arranges follow-up meetings (DOMAIN.md). The database does the check (a where filter).
 */
export function meetingChairWhere(userId: string): Prisma.JointMeetingWhereInput {
  return {
    OR: [
      { collaboration: { members: { some: { userId, role: "OWNER", removedAt: null } } } },
      { kind: "FOLLOW_UP", collaboration: { responsibleWorkers: { some: { userId, endedAt: null } } } },
    ],
  };
}

/**
 * The chair records what happens in the meeting (star review, plan). Anyone else gets NOT_FOUND;
 * a closed collaboration is refused.
 */
export async function requireMeetingOwner(db: DbOrTx, user: { id: string }, meetingId: string) {
  const meeting = await db.jointMeeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingChairWhere(user.id)] },
    select: { id: true, collaborationId: true, status: true, collaboration: { select: { id: true, familyId: true, areaId: true, status: true } } },
  });
  if (!meeting) throw notFound();
  const { collaboration, ...rest } = meeting;
  if (collaboration.status === "CLOSED") throw new AppError("FORBIDDEN", { message: "closed", fieldErrors: { _form: "collaborationClosed" } });
  return { meeting: rest, collaboration };
}

/**
 * Who may convene: the joint meeting is the owner's; a follow-up meeting may also be arranged by the
 * family's active responsible worker. Others get NOT_FOUND; a closed collaboration is refused.
 */
export async function requireConvener(db: DbOrTx, user: { id: string }, collaborationId: string, kind: MeetingKind | undefined): Promise<{ id: string; familyId: string; areaId: string | null; status: string }> {
  if (kind !== "FOLLOW_UP") return requireOwner(db, user, collaborationId);
  const c = await db.collaboration.findFirst({
    where: {
      id: collaborationId,
      OR: [{ members: { some: { userId: user.id, role: "OWNER", removedAt: null } } }, { responsibleWorkers: { some: { userId: user.id, endedAt: null } } }],
    },
    select: { id: true, familyId: true, areaId: true, status: true },
  });
  if (!c) throw notFound();
  if (c.status === "CLOSED") throw new AppError("FORBIDDEN", { message: "closed", fieldErrors: { _form: "collaborationClosed" } });
  return c;
}
