// Action definitions for the guardians' consent: the collaboration's owner records and withdraws it.
import { defineAction } from "../actions/secure-action.ts";
import { notFound } from "../errors/app-error.ts";
import { isUuid } from "../authz/collaboration-access.ts";
import { requireOwner } from "../collaborations/policy.ts";
import { recordConsentSchema, withdrawConsentSchema } from "./schema.ts";
import { recordConsent, withdrawConsent } from "./record-consent.ts";

export const recordConsentAction = defineAction({
  name: "consent.record",
  capability: "families.work",
  schema: recordConsentSchema,
  policy: ({ tx, user, input }) => requireOwner(tx, user, input.collaborationId),
  run: ({ tx, user, input }) => recordConsent(tx, user, input),
});

export const withdrawConsentAction = defineAction({
  name: "consent.withdraw",
  capability: "families.work",
  schema: withdrawConsentSchema,
  async policy({ tx, user, input }) {
    if (!isUuid(input.consentId)) throw notFound();
    const consent = await tx.consent.findUnique({ where: { id: input.consentId }, select: { collaborationId: true } });
    if (!consent) throw notFound();
    return requireOwner(tx, user, consent.collaborationId);
  },
  run: ({ tx, user, input }) => withdrawConsent(tx, user, input.consentId),
});
