// Ten single-use recovery codes per enrolment, for a lost phone. Shown once; only argon2 hashes are
// kept. 10 characters from a 32-letter alphabet without look-alikes (50 bits each), "abcde-fghij".
import { randomInt } from "node:crypto";
import type { DbOrTx } from "../db/types.ts";
import { hashPassword, verifyPassword } from "../auth/password.ts";

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no i, l, o, 0, 1

export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, "");
}

function newCode(): string {
  let s = "";
  for (let i = 0; i < 10; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

/** Replaces the user's recovery codes with ten new ones and returns them in the clear (once). */
export async function issueRecoveryCodes(tx: DbOrTx, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
  const hashes = await Promise.all(codes.map((c) => hashPassword(normalizeRecoveryCode(c))));
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId, codeHash })) });
  return codes;
}

/** Uses up one unused recovery code matching `code`; false when none does (or it was just used). */
export async function consumeRecoveryCode(db: DbOrTx, userId: string, code: string, now: Date): Promise<boolean> {
  const plain = normalizeRecoveryCode(code);
  if (plain.length !== 10) return false;
  const unused = await db.recoveryCode.findMany({ where: { userId, usedAt: null }, select: { id: true, codeHash: true } });
  for (const row of unused) {
    if (!(await verifyPassword(row.codeHash, plain))) continue;
    // Conditional update: two requests racing with the same code cannot both succeed.
    const { count } = await db.recoveryCode.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    return count === 1;
  }
  return false;
}
