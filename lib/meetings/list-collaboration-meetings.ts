import type { Db } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { visibleTo } from "../collaborations/policy.ts";

/** A collaboration's meetings with every invitation's answer, for the people in it. Two queries. */
export async function listCollaborationMeetings(db: Db, user: SessionUser, collaborationId: string) {
  return db.jointMeeting.findMany({
    where: { collaborationId, collaboration: visibleTo(user) },
    orderBy: { startsAt: "desc" },
    select: {
      id: true,
      kind: true,
      status: true,
      mode: true,
      startsAt: true,
      endsAt: true,
      onlineUrl: true,
      roomBooking: { select: { roomId: true, cancelledAt: true, room: { select: { name: true, unit: { select: { name: true } } } } } },
      invitations: {
        orderBy: { user: { name: "asc" } },
        select: { id: true, status: true, expertise: true, responseMessage: true, respondedAt: true, user: { select: { name: true, title: true } } },
      },
    },
  });
}
