import "server-only";
// The user's TOTP secret and the one-use rule: a code is accepted only for a time step later than
// the last accepted one, and the step is claimed with a conditional update (no double use in a race).
import type { DbOrTx } from "../db/types.ts";
import { decryptSecret } from "../auth/secret-box.ts";
import { matchTotp } from "../auth/totp.ts";

/** Checks `code` against the stored (encrypted) secret and claims its time step. */
export async function consumeTotpCode(
  db: DbOrTx,
  user: { id: string; totpSecretEncrypted: string | null; totpLastStep: number | null },
  code: string,
  now: Date,
): Promise<boolean> {
  if (!user.totpSecretEncrypted) return false;
  const secret = decryptSecret(user.totpSecretEncrypted);
  if (!secret) return false;
  const step = matchTotp(secret, code, now);
  if (step === null || (user.totpLastStep !== null && step <= user.totpLastStep)) return false;
  const { count } = await db.user.updateMany({
    where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1;
}
