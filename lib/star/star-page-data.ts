// What the star page of one meeting shows: the template version to draw (the review's own version
// once a review exists, otherwise the latest published one), this meeting's review, the earlier
// reviews of the family for comparison, and whether this user may record it (the chair only).
// For the people taking part; anyone else gets NOT_FOUND. The read goes to the use log.
import { z } from "zod";
import type { Db } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { notFound } from "../errors/app-error.ts";
import { visibleTo } from "../collaborations/policy.ts";
import { getCurrentTemplate, getPublishedTemplate } from "./get-current-template.ts";
import { listStarReviews } from "./list-star-reviews.ts";
import { comparisonReviews } from "./chart-series.ts";
import { meetingChairWhere } from "../authz/collaboration-access.ts";

export type StarReviewRow = Awaited<ReturnType<typeof listStarReviews>>[number];

/** Why the chair cannot record now, or null when they can (and "NOT_CHAIR" for everyone else). */
export type StarReadOnlyReason = "NOT_CHAIR" | "CANCELLED" | "CLOSED" | "NO_TEMPLATE" | null;

export async function starPageData(db: Db, user: SessionUser, rawCollaborationId: string, rawMeetingId: string) {
  const ids = z.object({ collaborationId: z.uuid(), meetingId: z.uuid() }).safeParse({ collaborationId: rawCollaborationId, meetingId: rawMeetingId });
  if (!ids.success) throw notFound();
  const { collaborationId, meetingId } = ids.data;
  const meeting = await db.jointMeeting.findFirst({
    where: { id: meetingId, collaborationId, collaboration: visibleTo(user) },
    select: {
      id: true,
      kind: true,
      status: true,
      startsAt: true,
      collaboration: { select: { status: true } },
      starReview: { select: { templateId: true } },
    },
  });
  if (!meeting) throw notFound();
  const [template, reviews, chair] = await Promise.all([
    meeting.starReview ? getPublishedTemplate(db, meeting.starReview.templateId) : getCurrentTemplate(db),
    listStarReviews(db, user, collaborationId),
    // The chair: the owner, or for a follow-up meeting also the responsible worker.
    db.jointMeeting.count({ where: { AND: [{ id: meetingId }, meetingChairWhere(user.id)] } }),
  ]);
  const { current, earlier } = comparisonReviews(reviews, meeting);
  const readOnly: StarReadOnlyReason =
    chair === 0
      ? "NOT_CHAIR"
      : meeting.collaboration.status === "CLOSED"
        ? "CLOSED"
        : meeting.status === "CANCELLED"
          ? "CANCELLED"
          : template === null
            ? "NO_TEMPLATE"
            : null;
  return {
    meeting: { id: meeting.id, kind: meeting.kind, status: meeting.status, startsAt: meeting.startsAt },
    template,
    review: current,
    earlier,
    canEdit: readOnly === null,
    readOnly,
  };
}
