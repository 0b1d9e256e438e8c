// What the own account pages show: who the user is and the state of their sign-in methods.
import type { DbOrTx } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { decryptSecret } from "../auth/secret-box.ts";
import { twoFactorRequiredFor } from "./two-factor-requirement.ts";

export async function getAccount(db: DbOrTx, user: SessionUser) {
  const row = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { name: true, email: true, roles: true, passwordHash: true, totpEnabledAt: true, totpSecretEncrypted: true },
  });
  return {
    name: row.name,
    email: row.email,
    roles: row.roles,
    hasPassword: row.passwordHash !== null,
    twoFactorOn: row.totpEnabledAt !== null,
    /** A secret made by "turn on" and not yet confirmed with a code (plain, for the QR code). */
    pendingSecret: row.totpEnabledAt === null && row.totpSecretEncrypted ? decryptSecret(row.totpSecretEncrypted) : null,
    required: await twoFactorRequiredFor(db, row.roles),
  };
}
