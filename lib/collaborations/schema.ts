// The new-collaboration form's schema: used by react-hook-form in the browser and by the server action.
import { z } from "zod";
import { optionalEmail, optionalPhone, personName } from "../validation/text.ts";

export const ENTRY_ROUTES = ["NETWORK_WORKER", "ELECTRONIC_CONTACT", "PHONE"] as const;
export const LANGUAGES = ["fi", "sv", "en"] as const;
export const MIN_BIRTH_YEAR = 1995;
export const MAX_GUARDIANS = 4;
export const MAX_CHILDREN = 10;

export function maxBirthYear(now = new Date()): number {
  return now.getFullYear();
}

const birthYear = z
  .string({ error: "required" })
  .transform((v) => v.trim())
  .pipe(z.string().min(1, "required").regex(/^\d{4}$/, "invalidYear"))
  .transform(Number)
  .refine((y) => y >= MIN_BIRTH_YEAR && y <= maxBirthYear(), "invalidYear");

export const guardianSchema = z.object({
  firstName: personName(),
  lastName: personName(),
  phone: optionalPhone,
  email: optionalEmail,
  language: z.enum(LANGUAGES, { error: "invalidChoice" }),
});

export const childSchema = z.object({
  firstName: personName(),
  birthYear,
});

export const newCollaborationSchema = z.object({
  guardians: z.array(guardianSchema).min(1, "atLeastOneGuardian").max(MAX_GUARDIANS, `tooMany:${MAX_GUARDIANS}`),
  children: z.array(childSchema).min(1, "atLeastOneChild").max(MAX_CHILDREN, `tooMany:${MAX_CHILDREN}`),
  familyLanguage: z.enum(LANGUAGES, { error: "invalidChoice" }),
  interpreterNeeded: z.boolean({ error: "invalidChoice" }),
  entryRoute: z.enum(ENTRY_ROUTES, { error: "invalidChoice" }),
});

export type NewCollaborationInput = z.input<typeof newCollaborationSchema>;
export type NewCollaboration = z.output<typeof newCollaborationSchema>;

export const emptyGuardian: NewCollaborationInput["guardians"][number] = {
  firstName: "",
  lastName: "",
  phone: "",
  email: "",
  language: "fi",
};
export const emptyChild: NewCollaborationInput["children"][number] = { firstName: "", birthYear: "" };
