// The family's star reviews for the collaboration page: every review (oldest first, by meeting
// time) and the template version of the newest one, whose areas are the chart's axes (older
// reviews compare by area key). For the people taking part; the read goes to the use log.
import { z } from "zod";
import type { Db } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { notFound } from "../errors/app-error.ts";
import { getPublishedTemplate } from "./get-current-template.ts";
import { listStarReviews } from "./list-star-reviews.ts";
import { reviewMoment } from "./chart-series.ts";

export async function starSummaryData(db: Db, user: SessionUser, rawCollaborationId: string) {
  const id = z.uuid().safeParse(rawCollaborationId);
  if (!id.success) throw notFound();
  const reviews = (await listStarReviews(db, user, id.data)).sort((a, b) => reviewMoment(a).getTime() - reviewMoment(b).getTime());
  const newest = reviews.at(-1);
  const template = newest ? await getPublishedTemplate(db, newest.template.id) : null;
  return { reviews, template };
}
