// What the chair sees of a meeting's feedback: how many links were made and how many answers came
// in, per version. Counts only: with a handful of people in a meeting, even an average could show
// what one person answered. The figures across meetings are the coordinator's (aggregated later
// from FeedbackAnswer by question key).
import { z } from "zod";
import type { Db } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { MeetingKind, MeetingStatus } from "../db/generated/enums.ts";
import { auditRead } from "../audit/audit.ts";
import { notFound } from "../errors/app-error.ts";
import { requireMeetingChair } from "../authz/collaboration-access.ts";
import { FEEDBACK_KINDS, type FeedbackKind } from "./questions.ts";

export interface FeedbackSummary {
  meeting: { id: string; collaborationId: string; kind: MeetingKind; status: MeetingStatus; startsAt: Date; endsAt: Date };
  /** Links can be made once the meeting has started, until it is cancelled. */
  canCreateLinks: boolean;
  counts: { respondent: FeedbackKind; linksCreated: number; received: number }[];
  totalReceived: number;
}

/**
 * The meeting's owner only (anyone else: NOT_FOUND). When the page's address names the
 * collaboration, the meeting must belong to it. The read is written to the use log.
 */
export async function feedbackSummary(db: Db, user: SessionUser, meetingId: string, opts: { collaborationId?: string } = {}): Promise<FeedbackSummary> {
  if (!z.uuid().safeParse(meetingId).success) throw notFound();
  const { collaboration } = await requireMeetingChair(db, user, meetingId);
  if (opts.collaborationId !== undefined && opts.collaborationId !== collaboration.id) throw notFound();
  const meeting = await db.jointMeeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: { id: true, collaborationId: true, kind: true, status: true, startsAt: true, endsAt: true },
  });
  const [received, links] = await Promise.all([
    db.feedback.groupBy({ by: ["respondent"], where: { meetingId }, _count: { _all: true } }),
    db.feedbackToken.groupBy({ by: ["respondent"], where: { meetingId }, _count: { _all: true } }),
  ]);
  const count = (rows: { respondent: string; _count: { _all: number } }[], kind: FeedbackKind) => rows.find((r) => r.respondent === kind)?._count._all ?? 0;
  const counts = FEEDBACK_KINDS.map((respondent) => ({ respondent, linksCreated: count(links, respondent), received: count(received, respondent) }));
  await auditRead(db, "feedback.summary.read", {
    actorId: user.id,
    objectType: "JointMeeting",
    objectId: meetingId,
    familyId: collaboration.familyId,
    collaborationId: collaboration.id,
  });
  return {
    meeting,
    canCreateLinks: meeting.status === "IN_PROGRESS" || meeting.status === "HELD",
    counts,
    totalReceived: counts.reduce((sum, c) => sum + c.received, 0),
  };
}
