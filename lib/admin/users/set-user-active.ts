// Deactivating a departed worker (their sessions end at once, open links stop working; their history
// stays) and reactivating a returning one. The last active admin cannot be deactivated.
import type { DbOrTx } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { notFound } from "../../errors/app-error.ts";
import { auditChange } from "../../audit/audit.ts";
import { revokeSessions } from "../../auth/session-version.ts";
import { requireAdmin } from "../require-admin.ts";
import { assertNotLastAdmin } from "./policy.ts";

export async function deactivateUser(tx: DbOrTx, actor: SessionUser, input: { id: string }, now = new Date()): Promise<{ id: string }> {
  requireAdmin(actor);
  const user = await tx.user.findUnique({ where: { id: input.id }, select: { id: true, active: true, roles: true } });
  if (!user) throw notFound();
  if (!user.active) return { id: user.id };
  if (user.roles.includes("ADMIN")) await assertNotLastAdmin(tx, user.id, "_form");
  await tx.user.update({ where: { id: user.id }, data: { active: false, deactivatedAt: now } });
  await tx.accountToken.deleteMany({ where: { userId: user.id, usedAt: null } });
  await revokeSessions(tx, user.id);
  await auditChange(tx, "admin.user.deactivate", { actorId: actor.id, objectType: "User", objectId: user.id });
  return { id: user.id };
}

export async function reactivateUser(tx: DbOrTx, actor: SessionUser, input: { id: string }): Promise<{ id: string }> {
  requireAdmin(actor);
  const user = await tx.user.findUnique({ where: { id: input.id }, select: { id: true, active: true } });
  if (!user) throw notFound();
  if (user.active) return { id: user.id };
  await tx.user.update({ where: { id: user.id }, data: { active: true, deactivatedAt: null } });
  await auditChange(tx, "admin.user.reactivate", { actorId: actor.id, objectType: "User", objectId: user.id });
  return { id: user.id };
}
