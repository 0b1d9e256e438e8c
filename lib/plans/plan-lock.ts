// The 5-minute soft write lock on the plan's working copy (as in eVaka's document editor): the
// editor takes it on opening and extends it while typing (every save extends it too); a second
// editor sees "X is editing until HH.mm"; a lock nobody extends simply expires. Time is injectable
// so expiry is testable.
import type { Prisma } from "../db/generated/client.ts";
import type { Tx } from "../db/types.ts";
import { isUniqueViolation } from "../db/unique-violation.ts";
import { AppError } from "../errors/app-error.ts";
import type { SessionUser } from "../auth/session-user.ts";

export const PLAN_LOCK_MINUTES = 5;

export type PlanLockResult = { acquired: true; until: Date } | { acquired: false; lockedBy: string; until: Date };

export function lockUntil(now: Date): Date {
  return new Date(now.getTime() + PLAN_LOCK_MINUTES * 60_000);
}

/** The lock is free for `userId`: nobody holds it, they hold it themselves, or it has expired. */
export function lockFreeFor(userId: string, now: Date): Prisma.JointPlanWhereInput {
  return { OR: [{ lockedById: null }, { lockedById: userId }, { lockedUntil: null }, { lockedUntil: { lte: now } }] };
}

/** Who holds an unexpired lock other than `userId`, or null. */
export async function otherLockHolder(tx: Tx, collaborationId: string, userId: string, now: Date): Promise<{ name: string; until: Date } | null> {
  const plan = await tx.jointPlan.findUnique({
    where: { collaborationId },
    select: { lockedById: true, lockedUntil: true, lockedBy: { select: { name: true } } },
  });
  if (!plan?.lockedBy || !plan.lockedUntil || plan.lockedById === userId || plan.lockedUntil <= now) return null;
  return { name: plan.lockedBy.name, until: plan.lockedUntil };
}

/**
 * Takes or extends the lock for the user, or reports who holds it. An atomic conditional UPDATE, so
 * two editors opening the plan at once cannot both get it. Creates the (empty) working copy when
 * the plan has none yet, so even the very first editing session is protected.
 */
export async function acquirePlanLock(tx: Tx, user: SessionUser, collaborationId: string, now = new Date()): Promise<PlanLockResult> {
  const until = lockUntil(now);
  const taken = await tx.jointPlan.updateMany({
    where: { collaborationId, ...lockFreeFor(user.id, now) },
    data: { lockedById: user.id, lockedUntil: until },
  });
  if (taken.count === 1) return { acquired: true, until };
  const holder = await otherLockHolder(tx, collaborationId, user.id, now);
  if (holder) return { acquired: false, lockedBy: holder.name, until: holder.until };
  try {
    await tx.jointPlan.create({ data: { collaborationId, lockedById: user.id, lockedUntil: until }, select: { id: true } });
  } catch (err) {
    // Another editor created the plan (and took the lock) a moment earlier.
    if (isUniqueViolation(err)) throw new AppError("CONFLICT");
    throw err;
  }
  return { acquired: true, until };
}

/** Gives the lock up (leaving the editor); only the holder's own lock is released. */
export async function releasePlanLock(tx: Tx, user: SessionUser, collaborationId: string): Promise<{ released: boolean }> {
  const r = await tx.jointPlan.updateMany({ where: { collaborationId, lockedById: user.id }, data: { lockedById: null, lockedUntil: null } });
  return { released: r.count === 1 };
}
