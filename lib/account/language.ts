// The user's language: saved to their profile so that emails, reminders and the next sign-in use it.
import { z } from "zod";
import { LOCALES } from "../i18n/config.ts";
import { defineAction } from "../actions/secure-action.ts";
import { ownRowsOnly } from "../authz/policies.ts";

export const languageSchema = z.object({ locale: z.enum(LOCALES) });

export const setLanguageAction = defineAction({
  name: "account.language.set",
  capability: "account.own",
  schema: languageSchema,
  policy: ownRowsOnly,
  async run({ tx, user, input }) {
    await tx.user.update({ where: { id: user.id }, data: { locale: input.locale } });
    return { locale: input.locale };
  },
  audit: ({ user }) => ({ objectType: "User", objectId: user.id }),
});
