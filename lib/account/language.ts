// The user's language: saved to their profile so that emails, reminders and the next sign-in use it.
import { z } from "zod";
import { LOCALES } from "../i18n/config.ts";
import type { SecureActionDefinition } from "../actions/secure-action.ts";
import { auditChange } from "../audit/audit.ts";

export const languageSchema = z.object({ locale: z.enum(LOCALES) });

export const setLanguageAction: SecureActionDefinition<typeof languageSchema, { locale: string }> = {
  name: "account.language.set",
  schema: languageSchema,
  policy: async () => {},
  async run({ tx, user, input }) {
    await tx.user.update({ where: { id: user.id }, data: { locale: input.locale } });
    await auditChange(tx, "account.language.set", { actorId: user.id, objectType: "User", objectId: user.id });
    return { locale: input.locale };
  },
};
