import type { Tx } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { AppError } from "../errors/app-error.ts";
import { auditChange } from "../audit/audit.ts";
import { fromHelsinkiWallClock } from "../time/helsinki-wall-clock.ts";
import type { DeclareAbsence } from "./schema.ts";

/** At most a year at a time, so a typo in the year cannot block a person for a decade. */
const MAX_LENGTH_MS = 366 * 86_400_000;

/** Declares the user's own absence; proposed meeting times then avoid it. */
export async function declareAbsence(tx: Tx, user: SessionUser, input: DeclareAbsence, now = new Date()): Promise<{ id: string }> {
  const start = fromHelsinkiWallClock(input.startDate, input.startTime);
  const end = fromHelsinkiWallClock(input.endDate, input.endTime);
  if (!start) throw new AppError("VALIDATION", { fieldErrors: { startTime: "invalidTime" } });
  if (!end) throw new AppError("VALIDATION", { fieldErrors: { endTime: "invalidTime" } });
  if (end.getTime() <= now.getTime()) throw new AppError("VALIDATION", { fieldErrors: { endDate: "timeInPast" } });
  if (end.getTime() <= start.getTime()) throw new AppError("VALIDATION", { fieldErrors: { endDate: "absenceEndBeforeStart" } });
  if (end.getTime() - start.getTime() > MAX_LENGTH_MS) throw new AppError("VALIDATION", { fieldErrors: { endDate: "absenceTooLong" } });
  const absence = await tx.userAbsence.create({ data: { userId: user.id, startsAt: start, endsAt: end }, select: { id: true } });
  await auditChange(tx, "absence.declare", { actorId: user.id, objectType: "UserAbsence", objectId: absence.id });
  return absence;
}
