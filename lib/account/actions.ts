// Action definitions of the own account pages: every signed-in user may act on their own account
// only (the user comes from the session, never from the input).
import type { SecureActionDefinition } from "../actions/secure-action.ts";
import { totpCodeSchema } from "./schema.ts";
import { changePasswordSchema } from "./change-password-schema.ts";
import { changePassword } from "./change-password.ts";
import { confirmTwoFactor, disableTwoFactor, startTwoFactor } from "./two-factor.ts";
import { z } from "zod";

const ownAccount = async () => {};

export const changePasswordAction: SecureActionDefinition<typeof changePasswordSchema, { changed: true }> = {
  name: "account.password.change",
  schema: changePasswordSchema,
  policy: ownAccount,
  run: ({ tx, user, input }) => changePassword(tx, user, input),
};

const nothing = z.object({});

export const startTwoFactorAction: SecureActionDefinition<typeof nothing, { started: true }> = {
  name: "account.two_factor.start",
  schema: nothing,
  policy: ownAccount,
  run: ({ tx, user }) => startTwoFactor(tx, user),
};

export const confirmTwoFactorAction: SecureActionDefinition<typeof totpCodeSchema, { recoveryCodes: string[] }> = {
  name: "account.two_factor.confirm",
  schema: totpCodeSchema,
  policy: ownAccount,
  run: ({ tx, user, input }) => confirmTwoFactor(tx, user, input),
};

export const disableTwoFactorAction: SecureActionDefinition<typeof totpCodeSchema, { disabled: true }> = {
  name: "account.two_factor.disable",
  schema: totpCodeSchema,
  policy: ownAccount,
  run: ({ tx, user, input }) => disableTwoFactor(tx, user, input),
};
