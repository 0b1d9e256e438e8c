// The meeting's Hyvinvoinnin tähti: one review per meeting, one entry per area of the review's
// template version. Saving again replaces what the form shows, so autosave and "save" agree.
import type { Tx } from "../db/types.ts";
import { auditChange } from "../audit/audit.ts";
import { AppError } from "../errors/app-error.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { isUniqueViolation } from "../db/unique-violation.ts";
import type { StarEntry, StarReview } from "./schema.ts";

const TEXT_FIELDS = ["strengthsChild", "strengthsParents", "strengthsProfessionals", "worriesChild", "worriesParents", "worriesProfessionals"] as const;

/** An area with nothing written and no rating is simply not recorded. */
function isEmpty(e: StarEntry): boolean {
  return e.rating === null && TEXT_FIELDS.every((f) => e[f] === "");
}

function entryData(e: StarEntry) {
  return { ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, e[f] === "" ? null : e[f]])), rating: e.rating };
}

/** The caller (the action's policy) has checked that the user chairs the meeting. */
export async function saveStarReview(tx: Tx, user: SessionUser, input: StarReview): Promise<{ id: string }> {
  const meeting = await tx.jointMeeting.findUniqueOrThrow({
    where: { id: input.meetingId },
    select: { id: true, status: true, collaborationId: true, collaboration: { select: { familyId: true } }, starReview: { select: { id: true, templateId: true } } },
  });
  if (meeting.status === "CANCELLED") throw new AppError("VALIDATION", { fieldErrors: { meetingId: "meetingCancelled" } });
  // A review stays on the version it was started with; a form drawn from another version is stale.
  if (meeting.starReview && meeting.starReview.templateId !== input.templateId) throw new AppError("CONFLICT", { fieldErrors: { templateId: "templateChanged" } });

  const template = await tx.starTemplate.findFirst({
    where: { id: input.templateId, status: "PUBLISHED" },
    select: { areas: { select: { id: true, key: true } } },
  });
  if (!template) throw new AppError("VALIDATION", { fieldErrors: { templateId: "invalidChoice" } });
  const areaIdByKey = new Map(template.areas.map((a) => [a.key, a.id]));
  const unknown = Object.fromEntries(
    input.entries.flatMap((e, i) => (areaIdByKey.has(e.areaKey) ? [] : [[`entries.${i}.areaKey`, "unknownArea"]])),
  );
  if (Object.keys(unknown).length > 0) throw new AppError("VALIDATION", { fieldErrors: unknown });

  let reviewId = meeting.starReview?.id;
  if (!reviewId) {
    try {
      reviewId = (
        await tx.starReview.create({
          data: { collaborationId: meeting.collaborationId, meetingId: meeting.id, templateId: input.templateId, recordedById: user.id },
          select: { id: true },
        })
      ).id;
    } catch (err) {
      // Someone saved the first version of this review a moment earlier: reload and save again.
      if (isUniqueViolation(err)) throw new AppError("CONFLICT");
      throw err;
    }
  }

  const filled = input.entries.filter((e) => !isEmpty(e));
  const keptAreaIds = filled.map((e) => areaIdByKey.get(e.areaKey)!);
  await tx.starReviewEntry.deleteMany({ where: { reviewId, areaId: { notIn: keptAreaIds } } });
  for (const e of filled) {
    const areaId = areaIdByKey.get(e.areaKey)!;
    const data = entryData(e);
    await tx.starReviewEntry.upsert({
      where: { reviewId_areaId: { reviewId, areaId } },
      create: { reviewId, areaId, ...data },
      update: data,
    });
  }

  await auditChange(tx, "star.review.save", {
    actorId: user.id,
    objectType: "StarReview",
    objectId: reviewId,
    familyId: meeting.collaboration.familyId,
    collaborationId: meeting.collaborationId,
    details: { meetingId: meeting.id, templateId: input.templateId, areasRecorded: filled.length },
  });
  return { id: reviewId };
}
