// Users are the admin's to manage (lib/admin/require-admin.ts); this keeps the one rule of their own.
import type { DbOrTx } from "../../db/types.ts";
import { AppError } from "../../errors/app-error.ts";

/**
 * Refuses to leave the product without an active admin. Locks the active admins' rows first, so two
 * admins demoting each other at the same moment cannot both succeed.
 */
export async function assertNotLastAdmin(tx: DbOrTx, userId: string, field: string): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id"::text AS "id" FROM "User" WHERE "active" AND 'ADMIN' = ANY("roles") ORDER BY "id" FOR UPDATE`;
  if (!admins.some((a) => a.id !== userId)) throw new AppError("VALIDATION", { fieldErrors: { [field]: "lastAdmin" } });
}
