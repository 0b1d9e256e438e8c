import type { SecureActionDefinition } from "../actions/secure-action.ts";
import { notFound } from "../errors/app-error.ts";
import { requireOwner } from "../collaborations/policy.ts";
import { recordConsentSchema, withdrawConsentSchema } from "./schema.ts";
import { recordConsent, withdrawConsent } from "./record-consent.ts";

export const recordConsentAction: SecureActionDefinition<typeof recordConsentSchema, { id: string }> = {
  name: "consent.record",
  schema: recordConsentSchema,
  async policy({ tx, user, input }) {
    await requireOwner(tx, user, input.collaborationId);
  },
  run: ({ tx, user, input }) => recordConsent(tx, user, input),
};

export const withdrawConsentAction: SecureActionDefinition<typeof withdrawConsentSchema, { id: string }> = {
  name: "consent.withdraw",
  schema: withdrawConsentSchema,
  async policy({ tx, user, input }) {
    const consent = await tx.consent.findUnique({ where: { id: input.consentId }, select: { collaborationId: true, withdrawnAt: true } });
    if (!consent) throw notFound();
    await requireOwner(tx, user, consent.collaborationId);
  },
  run: ({ tx, user, input }) => withdrawConsent(tx, user, input.consentId),
};
