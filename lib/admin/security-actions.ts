// Action definitions of the admin's security page: per-role two-factor rules and a user's 2FA
// reset. Admins only; to anyone else the actions do not exist (NOT_FOUND).
import type { SecureActionDefinition } from "../actions/secure-action.ts";
import { adminOnly } from "./require-admin.ts";
import { resetTwoFactorSchema, roleSecuritySchema } from "../account/schema.ts";
import { resetTwoFactor } from "./reset-two-factor.ts";
import { setRoleSecurity } from "./set-role-security.ts";

export const setRoleSecurityAction: SecureActionDefinition<typeof roleSecuritySchema, { changed: string[] }> = {
  name: "admin.role_security.update",
  schema: roleSecuritySchema,
  policy: adminOnly,
  run: ({ tx, user, input }) => setRoleSecurity(tx, user, input),
};

export const resetTwoFactorAction: SecureActionDefinition<typeof resetTwoFactorSchema, { userId: string; wasEnabled: boolean }> = {
  name: "admin.two_factor.reset",
  schema: resetTwoFactorSchema,
  policy: adminOnly,
  run: ({ tx, user, input }) => resetTwoFactor(tx, user, input),
};
