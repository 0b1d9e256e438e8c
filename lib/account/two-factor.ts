import "server-only";
// Turning TOTP on and off for the signed-in user.
// Start: a new secret is stored encrypted, not yet in force (totpEnabledAt null). Confirm: a code
// from the app proves it was set up; TOTP is in force and ten recovery codes are returned once.
// Disable: needs a current code, and is refused while the user's role requires two-factor.
import type { Tx } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { AppError } from "../errors/app-error.ts";
import { encryptSecret } from "../auth/secret-box.ts";
import { newTotpSecret } from "../auth/totp.ts";
import { auditAuth } from "../audit/audit.ts";
import { issueRecoveryCodes } from "./recovery-codes.ts";
import { consumeTotpCode } from "./totp-secret.ts";
import { twoFactorRequiredFor } from "./two-factor-requirement.ts";
import type { TotpCode } from "./schema.ts";

export const WRONG_CODE = "totpCodeWrong";

async function loadTotp(tx: Tx, userId: string) {
  const row = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, roles: true, totpSecretEncrypted: true, totpEnabledAt: true, totpLastStep: true },
  });
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

export async function startTwoFactor(tx: Tx, user: SessionUser): Promise<{ started: true }> {
  const row = await loadTotp(tx, user.id);
  if (row.totpEnabledAt) throw new AppError("CONFLICT", { fieldErrors: { _form: "twoFactorAlreadyOn" } });
  await tx.user.update({ where: { id: user.id }, data: { totpSecretEncrypted: encryptSecret(newTotpSecret()), totpLastStep: null } });
  return { started: true };
}

export async function confirmTwoFactor(tx: Tx, user: SessionUser, input: TotpCode, now = new Date()): Promise<{ recoveryCodes: string[] }> {
  const row = await loadTotp(tx, user.id);
  if (row.totpEnabledAt) throw new AppError("CONFLICT", { fieldErrors: { _form: "twoFactorAlreadyOn" } });
  if (!row.totpSecretEncrypted) throw new AppError("CONFLICT", { fieldErrors: { _form: "twoFactorNotStarted" } });
  if (!(await consumeTotpCode(tx, row, input.code, now))) throw new AppError("VALIDATION", { fieldErrors: { code: WRONG_CODE } });
  await tx.user.update({ where: { id: user.id }, data: { totpEnabledAt: now } });
  const recoveryCodes = await issueRecoveryCodes(tx, user.id);
  await auditAuth(tx, "account.two_factor.enabled", { actorId: user.id, objectType: "User", objectId: user.id });
  return { recoveryCodes };
}

export async function disableTwoFactor(tx: Tx, user: SessionUser, input: TotpCode, now = new Date()): Promise<{ disabled: true }> {
  const row = await loadTotp(tx, user.id);
  if (!row.totpEnabledAt) throw new AppError("CONFLICT", { fieldErrors: { _form: "twoFactorNotOn" } });
  if (await twoFactorRequiredFor(tx, row.roles)) throw new AppError("VALIDATION", { fieldErrors: { _form: "twoFactorRequiredByRole" } });
  if (!(await consumeTotpCode(tx, row, input.code, now))) throw new AppError("VALIDATION", { fieldErrors: { code: WRONG_CODE } });
  await tx.user.update({ where: { id: user.id }, data: { totpSecretEncrypted: null, totpEnabledAt: null, totpLastStep: null } });
  await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
  await auditAuth(tx, "account.two_factor.disabled", { actorId: user.id, objectType: "User", objectId: user.id });
  return { disabled: true };
}
