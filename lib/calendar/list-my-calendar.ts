import type { Db } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { calendarMeetingSelect, mineWhere, toCalendarEntry, type CalendarEntry } from "./calendar-entry.ts";

export const CALENDAR_LIMIT = 200;

/**
 * "Oma kalenteri": the user's upcoming meetings, as convener or invitee, in one query (no N+1),
 * and those of them still waiting for the user's answer. An invitation that was cancelled, or a
 * cancelled meeting, is no longer upcoming. Only the user's own meetings are read, and none of
 * them carries family data, so this read is not an audited disclosure.
 */
export async function listMyCalendar(db: Db, user: Pick<SessionUser, "id">, now = new Date()): Promise<{ upcoming: CalendarEntry[]; pending: CalendarEntry[] }> {
  const rows = await db.jointMeeting.findMany({
    where: { endsAt: { gte: now }, status: { not: "CANCELLED" }, ...mineWhere(user.id, { status: { not: "CANCELLED" } }) },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: CALENDAR_LIMIT,
    select: calendarMeetingSelect,
  });
  const upcoming = rows.map((r) => toCalendarEntry(r, user.id));
  return { upcoming, pending: upcoming.filter((e) => e.invitation?.status === "PENDING") };
}
