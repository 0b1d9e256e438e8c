import type { DbOrTx } from "../db/types.ts";
import { notFound } from "../errors/app-error.ts";
import { requireOwner } from "../collaborations/policy.ts";

/**
 * The chair of a meeting is the owner of its collaboration: only they record what happens in it
 * (star review, plan). Anyone else gets NOT_FOUND; a closed collaboration is refused by requireOwner.
 */
export async function requireMeetingOwner(db: DbOrTx, user: { id: string }, meetingId: string) {
  const meeting = await db.jointMeeting.findUnique({ where: { id: meetingId }, select: { id: true, collaborationId: true, status: true } });
  if (!meeting) throw notFound();
  const collaboration = await requireOwner(db, user, meeting.collaborationId);
  return { meeting, collaboration };
}
