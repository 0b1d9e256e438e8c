import "server-only";
// The second step of a password sign-in: a TOTP code or one recovery code.
import type { DbOrTx } from "../db/types.ts";
import { consumeRecoveryCode } from "./recovery-codes.ts";
import { consumeTotpCode } from "./totp-secret.ts";

export type SecondFactor = { otp?: string; recoveryCode?: string };

/** Which factor was accepted, or null for a wrong, reused or missing code. */
export async function verifySecondFactor(
  db: DbOrTx,
  user: { id: string; totpSecretEncrypted: string | null; totpLastStep: number | null },
  factor: SecondFactor,
  now: Date,
): Promise<"totp" | "recovery" | null> {
  if (factor.otp && (await consumeTotpCode(db, user, factor.otp, now))) return "totp";
  if (factor.recoveryCode && (await consumeRecoveryCode(db, user.id, factor.recoveryCode, now))) return "recovery";
  return null;
}
