// The public contact form as a plain HTML post (no JavaScript): FormData → the same input object the
// JSON endpoint and the browser's react-hook-form produce, so one schema checks all three.
import { textEntries, ticked } from "../validation/form-data.ts";
import { CONTACT_LIMITS, type ContactFormInput } from "./schema.ts";

const TEXT_FIELDS = ["municipalityId", "childrenAges", "message", "phone", "email", "contactTimes", "interpreterLanguage", "website"] as const;

export interface ContactPost {
  input: ContactFormInput;
  /** larger than the JSON endpoint's body limit */
  tooLarge: boolean;
  hasFile: boolean;
}

export function contactInputFromFormData(form: FormData): ContactPost {
  const { fields, bytes, hasFile } = textEntries(form);
  // What is echoed back into the form is never more than a whole request may be.
  const text = (name: string) => (fields.get(name) ?? "").slice(0, CONTACT_LIMITS.body);
  const input = Object.fromEntries(TEXT_FIELDS.map((name) => [name, text(name)])) as Record<(typeof TEXT_FIELDS)[number], string>;
  return {
    input: {
      ...input,
      contactPreference: (fields.get("contactPreference") ?? undefined) as ContactFormInput["contactPreference"],
      language: (fields.get("language") ?? undefined) as ContactFormInput["language"],
      interpreterNeeded: ticked(fields, "interpreterNeeded"),
      privacyAcknowledged: ticked(fields, "privacyAcknowledged"),
    },
    tooLarge: bytes > CONTACT_LIMITS.body,
    hasFile,
  };
}
