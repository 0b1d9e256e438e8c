// Completing the joint meeting (DOMAIN.md flow step 3): the plan agreed in the meeting is published
// as an immutable version, the meeting is marked held, and the collaboration moves to follow-up
// (PLAN_ACTIVE) with its responsible worker(s). All of it or nothing: one transaction.
import type { Tx } from "../db/types.ts";
import { auditChange } from "../audit/audit.ts";
import { AppError } from "../errors/app-error.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { fieldErrorsFromZod } from "../actions/field-errors.ts";
import { publishPlanSchema } from "../plans/schema.ts";
import { publishPlan, type PlanPublished } from "../plans/publish-plan.ts";
import { savedWorkingCopySelect, toPlanFormValues } from "../plans/plan-form-values.ts";

/** What is still missing, as field paths prefixed by the part of the meeting they belong to. */
function prefixed(prefix: string, errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${prefix}.${k}`, v]));
}

export async function completeMeeting(tx: Tx, user: SessionUser, meetingId: string, now = new Date()): Promise<PlanPublished & { meetingId: string }> {
  const meeting = await tx.jointMeeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: { id: true, status: true, collaborationId: true, collaboration: { select: { familyId: true, _count: { select: { responsibleWorkers: { where: { endedAt: null } } } } } }, _count: { select: { attendances: true } } },
  });
  if (meeting.status !== "IN_PROGRESS") {
    throw new AppError("VALIDATION", { fieldErrors: { _form: meeting.status === "SCHEDULED" ? "meetingNotStarted" : meeting.status === "HELD" ? "meetingAlreadyHeld" : "meetingCancelled" } });
  }
  const errors: Record<string, string> = {};
  if (meeting._count.attendances === 0) errors.attendance = "attendanceMissing";
  // Everything missing is listed at once, the responsible worker too (publishPlan checks it again).
  if (meeting.collaboration._count.responsibleWorkers === 0) errors["plan.responsibleWorkers"] = "responsibleRequired";

  // The plan is what was autosaved during the meeting; it is checked exactly as the form's publish is.
  const plan = await tx.jointPlan.findUnique({ where: { collaborationId: meeting.collaborationId }, select: savedWorkingCopySelect });
  const parsed = publishPlanSchema.safeParse({ ...toPlanFormValues(meeting.collaborationId, plan), meetingId: meeting.id });
  if (!parsed.success) Object.assign(errors, prefixed("plan", fieldErrorsFromZod(parsed.error)));
  if (Object.keys(errors).length > 0 || !parsed.success) throw new AppError("VALIDATION", { fieldErrors: errors });

  let published: PlanPublished;
  try {
    published = await publishPlan(tx, user, parsed.data, now);
  } catch (err) {
    if (err instanceof AppError && err.code === "VALIDATION") throw new AppError("VALIDATION", { fieldErrors: prefixed("plan", err.fieldErrors) });
    throw err;
  }
  const held = await tx.jointMeeting.updateMany({ where: { id: meeting.id, status: "IN_PROGRESS" }, data: { status: "HELD", completedAt: now } });
  if (held.count === 0) throw new AppError("CONFLICT");
  await auditChange(tx, "meeting.complete", {
    actorId: user.id,
    objectType: "JointMeeting",
    objectId: meeting.id,
    familyId: meeting.collaboration.familyId,
    collaborationId: meeting.collaborationId,
    details: { planVersion: published.versionNumber },
  });
  return { ...published, meetingId: meeting.id };
}
