import type { Db } from "../db/types.ts";
import { auditRead } from "../audit/audit.ts";
import { notFound } from "../errors/app-error.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { visibleTo } from "../collaborations/policy.ts";

/**
 * Every star review of a collaboration, oldest first, with its entries in template order, so a
 * follow-up meeting can draw the earlier reviews on the same star (areas compare by key across
 * template versions). For the people taking part only; the read is written to the use log.
 * A fixed number of queries however many reviews there are.
 */
export async function listStarReviews(db: Db, user: SessionUser, collaborationId: string) {
  const collaboration = await db.collaboration.findFirst({ where: { id: collaborationId, ...visibleTo(user) }, select: { id: true, familyId: true } });
  if (!collaboration) throw notFound();
  const reviews = await db.starReview.findMany({
    where: { collaborationId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      createdAt: true,
      meeting: { select: { id: true, kind: true, startsAt: true } },
      template: { select: { id: true, version: true } },
      recordedBy: { select: { name: true } },
      entries: {
        orderBy: { area: { sortOrder: "asc" } },
        select: {
          strengthsChild: true,
          strengthsParents: true,
          strengthsProfessionals: true,
          worriesChild: true,
          worriesParents: true,
          worriesProfessionals: true,
          rating: true,
          area: { select: { key: true, labelFi: true, labelSv: true, labelEn: true, sortOrder: true } },
        },
      },
    },
  });
  await auditRead(db, "star.review.list", {
    actorId: user.id,
    objectType: "Collaboration",
    objectId: collaboration.id,
    familyId: collaboration.familyId,
    collaborationId: collaboration.id,
    details: { reviews: reviews.length },
  });
  return reviews;
}
