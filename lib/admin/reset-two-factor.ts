// An admin resets a user's two-factor authentication (a lost phone and lost recovery codes): the
// secret and recovery codes are gone, every session of the user ends, and the audit log names who
// reset whose. The user enrols again at their next sign-in if their role requires it.
import type { Tx } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { notFound } from "../errors/app-error.ts";
import { revokeSessions } from "../auth/session-version.ts";
import { auditChange } from "../audit/audit.ts";
import type { ResetTwoFactor } from "../account/schema.ts";

export async function resetTwoFactor(tx: Tx, admin: SessionUser, input: ResetTwoFactor): Promise<{ userId: string; wasEnabled: boolean }> {
  const target = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, totpEnabledAt: true, totpSecretEncrypted: true } });
  if (!target) throw notFound();
  await tx.user.update({ where: { id: target.id }, data: { totpSecretEncrypted: null, totpEnabledAt: null, totpLastStep: null } });
  const { count } = await tx.recoveryCode.deleteMany({ where: { userId: target.id } });
  await revokeSessions(tx, target.id);
  await auditChange(tx, "admin.two_factor.reset", {
    actorId: admin.id,
    objectType: "User",
    objectId: target.id,
    details: { wasEnabled: target.totpEnabledAt !== null, recoveryCodesRemoved: count },
  });
  return { userId: target.id, wasEnabled: target.totpEnabledAt !== null };
}
