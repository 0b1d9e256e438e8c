// Whether an admin requires two-factor authentication of any of these roles (RoleSecurityPolicy).
import type { Role } from "../db/generated/enums.ts";
import type { DbOrTx } from "../db/types.ts";

export async function twoFactorRequiredFor(db: DbOrTx, roles: Role[]): Promise<boolean> {
  if (roles.length === 0) return false;
  const n = await db.roleSecurityPolicy.count({ where: { role: { in: roles }, requireTwoFactor: true } });
  return n > 0;
}
