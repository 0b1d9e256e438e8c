import type { Db } from "../db/types.ts";
import { calendarMeetingSelect, mineWhere, toCalendarEntry, type CalendarEntry } from "./calendar-entry.ts";

/** Past meetings stay in the subscribed calendar this long, so it keeps a little history. */
export const FEED_HISTORY_DAYS = 30;
export const FEED_LIMIT = 500;

/**
 * The meetings in a user's calendar feed: from 30 days back on, cancelled ones included (the feed
 * marks them STATUS:CANCELLED so the calendar updates the event it has). Invitations the user
 * declined are left out, as Outlook removes a declined meeting from one's own calendar.
 */
export async function listFeedMeetings(db: Db, userId: string, now = new Date()): Promise<CalendarEntry[]> {
  const rows = await db.jointMeeting.findMany({
    where: { endsAt: { gte: new Date(now.getTime() - FEED_HISTORY_DAYS * 86_400_000) }, ...mineWhere(userId, { status: { not: "DECLINED" } }) },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: FEED_LIMIT,
    select: calendarMeetingSelect,
  });
  return rows.map((r) => toCalendarEntry(r, userId));
}
