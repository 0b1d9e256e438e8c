// Re-sending an invitation: a new link replaces the old (an old mail's link stops working).
import type { DbOrTx } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import { auditChange } from "../../audit/audit.ts";
import { requireAdmin } from "../require-admin.ts";
import { sendInvitation } from "./send-invitation.ts";

export async function resendInvitation(tx: DbOrTx, actor: SessionUser, input: { id: string }, now = new Date()): Promise<{ id: string }> {
  requireAdmin(actor);
  const user = await tx.user.findUnique({ where: { id: input.id }, select: { id: true, email: true, name: true, locale: true, active: true } });
  if (!user) throw notFound();
  if (!user.active) throw new AppError("VALIDATION", { fieldErrors: { _form: "userInactive" } });
  await sendInvitation(tx, user, actor.id, now);
  await auditChange(tx, "admin.user.invite", { actorId: actor.id, objectType: "User", objectId: user.id });
  return { id: user.id };
}
