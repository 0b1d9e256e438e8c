import { z } from "zod";
import { formDate } from "../validation/wall-clock.ts";
import { plainText } from "../validation/text.ts";

export const EXPERTISE = [
  "PSYCHOLOGIST",
  "FAMILY_WORKER",
  "SOCIAL_COUNSELLOR",
  "SOCIAL_WORKER",
  "SPEECH_THERAPIST",
  "SCHOOL_SOCIAL_WORKER",
  "SCHOOL_PSYCHOLOGIST",
  "PUBLIC_HEALTH_NURSE",
  "ECEC_SPECIAL_TEACHER",
  "FAMILY_COUNSELLOR",
  "OCCUPATIONAL_THERAPIST",
  "PHYSIOTHERAPIST",
] as const;
export const CONSENT_METHODS = ["VERBAL", "WRITTEN"] as const;

const isoDate = formDate;

/** One guardian's consent, recorded separately for each guardian. */
export const recordConsentSchema = z
  .object({
    collaborationId: z.uuid({ error: "notFound" }),
    guardianId: z.uuid({ error: "invalidChoice" }),
    method: z.enum(CONSENT_METHODS, { error: "invalidChoice" }),
    givenOn: isoDate,
    validUntil: z.union([z.literal(""), isoDate]),
    invitableExpertise: z.array(z.enum(EXPERTISE, { error: "invalidChoice" })).min(1, "atLeastOneExpertise"),
    mayShareInformation: z.boolean({ error: "invalidChoice" }),
    recipientUserIds: z.array(z.uuid({ error: "invalidChoice" })).max(50),
    recipientDescription: plainText(300),
  })
  .refine((v) => v.validUntil === "" || v.validUntil >= v.givenOn, { path: ["validUntil"], message: "endBeforeStart" })
  .refine((v) => v.mayShareInformation || (v.recipientUserIds.length === 0 && v.recipientDescription === ""), {
    path: ["mayShareInformation"],
    message: "recipientsWithoutSharing",
  });

export const withdrawConsentSchema = z.object({ consentId: z.uuid({ error: "notFound" }) });

export type RecordConsentInput = z.input<typeof recordConsentSchema>;
export type RecordConsent = z.output<typeof recordConsentSchema>;
