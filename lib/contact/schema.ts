// Schemas of the contact-request forms (sähköinen yhteydenotto, the one phone number, and the guidance
// worker's outcomes). The same schemas run in the browser (react-hook-form) and on the server, so an
// error is shown next to its field with the same message key (errors.<key>) either way.
import { z } from "zod";
import { optionalEmail, optionalPhone, plainText } from "../validation/text.ts";
import { childSchema, guardianSchema, LANGUAGES, MAX_CHILDREN, MAX_GUARDIANS } from "../collaborations/schema.ts";

/** Size limits of the family's own words (characters, after trimming). */
export const CONTACT_LIMITS = {
  childrenAges: 200,
  message: 3000,
  contactTimes: 200,
  interpreterLanguage: 40,
  /** the whole JSON body of a public request, in bytes */
  body: 16_384,
} as const;

export const CONTACT_PREFERENCES = ["PHONE", "EMAIL"] as const;
export const CONTACT_OUTCOMES = ["ADVICE_GIVEN", "COLLABORATION_STARTED", "FORWARDED"] as const;

const uuid = z.string({ error: "invalidChoice" }).regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "invalidChoice");

/** What the family tells about themselves: shared by the public form and the phone form. */
const familyFields = {
  municipalityId: z.string({ error: "unknownMunicipality" }).regex(/^[0-9a-f-]{36}$/i, "unknownMunicipality"),
  childrenAges: plainText(CONTACT_LIMITS.childrenAges, { required: true }),
  message: plainText(CONTACT_LIMITS.message, { required: true }),
  contactPreference: z.enum(CONTACT_PREFERENCES, { error: "contactMethodRequired" }),
  phone: optionalPhone,
  email: optionalEmail,
  contactTimes: plainText(CONTACT_LIMITS.contactTimes),
  language: z.enum(LANGUAGES, { error: "invalidChoice" }),
  interpreterNeeded: z.boolean({ error: "invalidChoice" }),
  interpreterLanguage: plainText(CONTACT_LIMITS.interpreterLanguage),
};

/** The chosen way of contact needs its address: a phone number for a call, an e-mail for e-mail. */
function contactAddressCheck(v: { contactPreference: string; phone: string | null; email: string | null }, ctx: z.RefinementCtx) {
  if (v.contactPreference === "PHONE" && !v.phone) ctx.addIssue({ code: "custom", path: ["phone"], message: "contactPhoneRequired" });
  if (v.contactPreference === "EMAIL" && !v.email) ctx.addIssue({ code: "custom", path: ["email"], message: "contactEmailRequired" });
}

/**
 * The public form. `website` is the honeypot: hidden from people (and from screen readers), so only
 * a bot fills it; a filled one is refused like any other bad input and nothing is stored.
 */
export const contactFormSchema = z
  .object({
    ...familyFields,
    privacyAcknowledged: z.boolean({ error: "privacyRequired" }).refine((v) => v === true, "privacyRequired"),
    website: z.string().max(200).optional(),
  })
  .superRefine(contactAddressCheck);

export type ContactFormInput = z.input<typeof contactFormSchema>;
export type ContactFormValues = z.output<typeof contactFormSchema>;

export const emptyContactForm = (language: "fi" | "sv" | "en"): ContactFormInput => ({
  municipalityId: "",
  childrenAges: "",
  message: "",
  contactPreference: undefined as unknown as "PHONE",
  phone: "",
  email: "",
  contactTimes: "",
  language,
  interpreterNeeded: false,
  interpreterLanguage: "",
  privacyAcknowledged: false,
  website: "",
});

// ───────────── The guidance worker's side ─────────────

export const takeRequestSchema = z.object({ requestId: uuid });

/** Advice given and closed, or forwarded to another service (which one is required). */
export const closeRequestSchema = z
  .object({
    requestId: uuid,
    outcome: z.enum(["ADVICE_GIVEN", "FORWARDED"], { error: "invalidChoice" }),
    forwardedTo: plainText(120),
    outcomeNote: plainText(500),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === "FORWARDED" && v.forwardedTo === "") ctx.addIssue({ code: "custom", path: ["forwardedTo"], message: "forwardedToRequired" });
  });
export type CloseRequestInput = z.input<typeof closeRequestSchema>;

/** The family's minimal data, learnt when the worker contacted them, and who owns the joint work. */
const collaborationFields = {
  guardians: z.array(guardianSchema).min(1, "atLeastOneGuardian").max(MAX_GUARDIANS, `tooMany:${MAX_GUARDIANS}`),
  children: z.array(childSchema).min(1, "atLeastOneChild").max(MAX_CHILDREN, `tooMany:${MAX_CHILDREN}`),
  familyLanguage: z.enum(LANGUAGES, { error: "invalidChoice" }),
  interpreterNeeded: z.boolean({ error: "invalidChoice" }),
  /** "self" (the taking worker) or a frontline worker's id */
  ownerId: z.union([z.literal("self"), uuid], { error: "invalidChoice" }),
};

export const startCollaborationSchema = z.object({ requestId: uuid, ...collaborationFields });
export type StartCollaborationInput = z.input<typeof startCollaborationSchema>;
export type StartCollaborationValues = z.output<typeof startCollaborationSchema>;

/**
 * A call to the one phone number, recorded by the worker who answered. "KEEP" leaves it in the
 * worker's queue to be finished later; ADVICE_GIVEN and FORWARDED close it at once;
 * COLLABORATION_STARTED keeps it taken and takes the worker to the request's page, where the
 * collaboration is started with the family's data and its owner.
 */
export const PHONE_OUTCOMES = ["KEEP", "COLLABORATION_STARTED", "ADVICE_GIVEN", "FORWARDED"] as const;

export const phoneContactSchema = z
  .object({
    ...familyFields,
    outcome: z.enum(PHONE_OUTCOMES, { error: "invalidChoice" }),
    forwardedTo: plainText(120),
    outcomeNote: plainText(500),
  })
  .superRefine((v, ctx) => {
    contactAddressCheck(v, ctx);
    if (v.outcome === "FORWARDED" && v.forwardedTo === "") ctx.addIssue({ code: "custom", path: ["forwardedTo"], message: "forwardedToRequired" });
  });
export type PhoneContactInput = z.input<typeof phoneContactSchema>;
export type PhoneContactValues = z.output<typeof phoneContactSchema>;
