// Action definitions of the own account pages: every signed-in user may act on their own account
// only (the user comes from the session, never from the input).
import { defineAction } from "../actions/secure-action.ts";
import { ownRowsOnly } from "../authz/policies.ts";
import { totpCodeSchema } from "./schema.ts";
import { changePasswordSchema } from "./change-password-schema.ts";
import { changePassword } from "./change-password.ts";
import { confirmTwoFactor, disableTwoFactor, startTwoFactor } from "./two-factor.ts";
import { z } from "zod";

export const changePasswordAction = defineAction({
  name: "account.password.change",
  capability: "account.own",
  schema: changePasswordSchema,
  policy: ownRowsOnly,
  run: ({ tx, user, input }) => changePassword(tx, user, input),
});

const nothing = z.object({});

export const startTwoFactorAction = defineAction({
  name: "account.two_factor.start",
  capability: "account.own",
  schema: nothing,
  policy: ownRowsOnly,
  run: ({ tx, user }) => startTwoFactor(tx, user),
});

export const confirmTwoFactorAction = defineAction({
  name: "account.two_factor.confirm",
  capability: "account.own",
  schema: totpCodeSchema,
  policy: ownRowsOnly,
  run: ({ tx, user, input }) => confirmTwoFactor(tx, user, input),
});

export const disableTwoFactorAction = defineAction({
  name: "account.two_factor.disable",
  capability: "account.own",
  schema: totpCodeSchema,
  policy: ownRowsOnly,
  run: ({ tx, user, input }) => disableTwoFactor(tx, user, input),
});
