import type { Db } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";

/**
 * A team member's invitations: time, kind, place and their answer only. Invitations never carry
 * the family's details, so reading this list discloses no family data.
 */
export async function listMyInvitations(db: Db, user: SessionUser, now = new Date()) {
  return db.invitation.findMany({
    where: { userId: user.id, status: { not: "CANCELLED" }, meeting: { endsAt: { gte: now }, status: { not: "CANCELLED" } } },
    orderBy: { meeting: { startsAt: "asc" } },
    take: 200,
    select: {
      id: true,
      status: true,
      meeting: {
        select: { startsAt: true, endsAt: true, kind: true, mode: true, roomBooking: { select: { room: { select: { name: true, unit: { select: { name: true } } } } } } },
      },
    },
  });
}

export async function listMyTeams(db: Db, user: SessionUser) {
  return db.teamMember.findMany({
    where: { userId: user.id, active: true },
    select: { id: true, expertise: true, team: { select: { name: true, area: { select: { name: true } } } } },
    orderBy: { team: { name: "asc" } },
  });
}
