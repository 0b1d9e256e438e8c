"use server";
// Server actions of the guidance service (signed-in guidance workers of the request's municipality),
// and the public contact form's own action (no session: see submit-contact-request.ts).
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "../db/client.ts";
import { clientIp } from "../auth/client-ip.ts";
import { serverAction } from "../actions/server-action.ts";
import { contactInputFromFormData } from "./contact-form-data.ts";
import type { ContactFormInput } from "./schema.ts";
import { overContactLimit, refusedContact, submitContactRequest, type SubmitContactResult } from "./submit-contact-request.ts";
import { closeContactRequestAction, recordPhoneContactAction, startCollaborationAction, takeContactRequestAction } from "./actions.ts";

export const takeContactRequest = serverAction(takeContactRequestAction);
export const closeContactRequest = serverAction(closeContactRequestAction);
export const startCollaborationFromRequest = serverAction(startCollaborationAction);
export const recordPhoneContact = serverAction(recordPhoneContactAction);

export interface ContactFormState {
  result: SubmitContactResult | null;
  /** what was sent, put back into the form */
  values: ContactFormInput | null;
}

/**
 * The public form's action, the same with and without JavaScript (a plain HTML post then), with the
 * JSON endpoint's checks: the rate limit, the honeypot, the size limit and the schema. A sent
 * request opens the confirmation page; anything else comes back with what was typed.
 */
export async function sendContactForm(_previous: ContactFormState, form: FormData): Promise<ContactFormState> {
  const ip = clientIp(await headers());
  const { input, tooLarge, hasFile } = contactInputFromFormData(form);
  let result: SubmitContactResult;
  // Refused before the form's checks, but still counted against the address (as /contact/send does).
  if (hasFile) result = (await overContactLimit(db, ip)) ? refusedContact("RATE_LIMITED") : refusedContact("REJECTED");
  else if (tooLarge) result = (await overContactLimit(db, ip)) ? refusedContact("RATE_LIMITED") : { ok: false, code: "VALIDATION", message: "contactTooLarge", fieldErrors: {} };
  else result = await submitContactRequest(db, input, { ip });
  if (result.ok) redirect(`/contact/sent?ref=${encodeURIComponent(result.referenceCode)}`);
  // The honeypot's content is never echoed: a bot learns nothing from the page.
  return { result, values: { ...input, website: "" } };
}
