import type { DbOrTx } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";

/** The user's own current and future absences, soonest first. */
export async function listMyAbsences(db: DbOrTx, user: Pick<SessionUser, "id">, now = new Date()) {
  return db.userAbsence.findMany({
    where: { userId: user.id, endsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    take: 100,
    select: { id: true, startsAt: true, endsAt: true },
  });
}
