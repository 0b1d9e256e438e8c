// Action definitions of the admin's security page: per-role two-factor rules and a user's 2FA
// reset. Admins only; to anyone else the actions do not exist (NOT_FOUND).
import { defineAction } from "../actions/secure-action.ts";
import { organisationWide } from "../authz/policies.ts";
import { resetTwoFactorSchema, roleSecuritySchema } from "../account/schema.ts";
import { resetTwoFactor } from "./reset-two-factor.ts";
import { setRoleSecurity } from "./set-role-security.ts";

export const setRoleSecurityAction = defineAction({
  name: "admin.role_security.update",
  capability: "admin.manage",
  schema: roleSecuritySchema,
  policy: organisationWide,
  run: ({ tx, user, input }) => setRoleSecurity(tx, user, input),
});

export const resetTwoFactorAction = defineAction({
  name: "admin.two_factor.reset",
  capability: "admin.manage",
  schema: resetTwoFactorSchema,
  policy: organisationWide,
  run: ({ tx, user, input }) => resetTwoFactor(tx, user, input),
});
