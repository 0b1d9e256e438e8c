// Writing the plan's working copy, shared by autosave and publishing. Optimistic concurrency: the
// row is updated only `WHERE version = <the version the form was loaded with>` and the version
// grows by one, so of two saves from the same version exactly one wins and the other gets CONFLICT
// (its text stays in the browser); nothing is ever overwritten silently.
import type { Tx } from "../db/types.ts";
import { AppError } from "../errors/app-error.ts";
import { isUniqueViolation } from "../db/unique-violation.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { lockFreeFor, lockUntil, otherLockHolder } from "./plan-lock.ts";
import type { PlanDraft } from "./schema.ts";

export interface WorkingCopySaved {
  planId: string;
  version: number;
  savedAt: Date;
}

const emptyToNull = (s: string) => (s === "" ? null : s);

function planData(input: PlanDraft) {
  return {
    thingsNeedingChange: emptyToNull(input.thingsNeedingChange),
    followUpWorkerToFamily: emptyToNull(input.followUpWorkerToFamily),
    followUpFamilyToWorker: emptyToNull(input.followUpFamilyToWorker),
    nextContactAt: input.nextContactAt,
  };
}

function actionData(a: PlanDraft["actions"][number], sortOrder: number) {
  return {
    setting: a.setting,
    description: a.description,
    who: a.who,
    dueDate: a.dueDate ? new Date(`${a.dueDate}T00:00:00Z`) : null,
    place: a.setting === "ELSEWHERE" ? emptyToNull(a.place) : null,
    sortOrder,
  };
}

const stale = () => new AppError("CONFLICT", { fieldErrors: { version: "staleVersion" } });

/** Saves the working copy if `input.version` is current, takes/extends the saver's lock, syncs the actions. */
export async function writeWorkingCopy(tx: Tx, user: SessionUser, input: PlanDraft, now: Date): Promise<WorkingCopySaved> {
  const plan = await tx.jointPlan.findUnique({ where: { collaborationId: input.collaborationId }, select: { id: true, version: true } });
  let planId: string;
  let version: number;
  if (!plan) {
    if (input.version !== 0) throw stale();
    try {
      const created = await tx.jointPlan.create({
        data: { collaborationId: input.collaborationId, ...planData(input), version: 1, draftSavedAt: now, lockedById: user.id, lockedUntil: lockUntil(now) },
        select: { id: true },
      });
      planId = created.id;
      version = 1;
    } catch (err) {
      // Another editor saved the first version a moment earlier.
      if (isUniqueViolation(err)) throw stale();
      throw err;
    }
  } else {
    // A form loaded before the plan existed says version 0; it still matches a plan that was only
    // created by taking the lock and has never been saved.
    const expected = input.version === 0 ? { version: 1, draftSavedAt: null } : { version: input.version };
    const updated = await tx.jointPlan.updateMany({
      where: { id: plan.id, ...expected, ...lockFreeFor(user.id, now) },
      data: { ...planData(input), version: { increment: 1 }, draftSavedAt: now, lockedById: user.id, lockedUntil: lockUntil(now) },
    });
    if (updated.count === 0) {
      if (await otherLockHolder(tx, input.collaborationId, user.id, now)) throw new AppError("CONFLICT", { fieldErrors: { _form: "planLocked" } });
      throw stale();
    }
    planId = plan.id;
    version = expected.version + 1;
  }
  await syncActions(tx, planId, input.actions);
  return { planId, version, savedAt: now };
}

/** Updates the plan's actions in place (their follow-up status is kept), adds new ones, drops removed ones. */
async function syncActions(tx: Tx, planId: string, actions: PlanDraft["actions"]): Promise<void> {
  const ids = actions.map((a) => a.actionId);
  const existing = await tx.planAction.findMany({ where: { id: { in: ids } }, select: { id: true, planId: true } });
  const foreign = new Set(existing.filter((e) => e.planId !== planId).map((e) => e.id));
  if (foreign.size > 0) {
    // An id that belongs to another family's plan: a forged request, refused without saying more.
    throw new AppError("VALIDATION", { fieldErrors: Object.fromEntries(actions.flatMap((a, i) => (foreign.has(a.actionId) ? [[`actions.${i}.actionId`, "invalidChoice"]] : []))) });
  }
  const mine = new Set(existing.map((e) => e.id));
  await tx.planAction.deleteMany({ where: { planId, id: { notIn: ids } } });
  const fresh = actions.map((a, i) => ({ a, i })).filter(({ a }) => !mine.has(a.actionId));
  if (fresh.length > 0) await tx.planAction.createMany({ data: fresh.map(({ a, i }) => ({ id: a.actionId, planId, ...actionData(a, i) })) });
  for (const [i, a] of actions.entries()) {
    if (mine.has(a.actionId)) await tx.planAction.update({ where: { id: a.actionId }, data: actionData(a, i) });
  }
}
