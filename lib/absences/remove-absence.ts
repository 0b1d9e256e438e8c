import type { Tx } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { notFound } from "../errors/app-error.ts";
import { auditChange } from "../audit/audit.ts";

/** Removes one of the user's own absences; someone else's is a 404 like a missing one. */
export async function removeAbsence(tx: Tx, user: SessionUser, absenceId: string): Promise<{ id: string }> {
  const { count } = await tx.userAbsence.deleteMany({ where: { id: absenceId, userId: user.id } });
  if (count === 0) throw notFound();
  await auditChange(tx, "absence.remove", { actorId: user.id, objectType: "UserAbsence", objectId: absenceId });
  return { id: absenceId };
}
