"use server";
// The language switch: a plain form, so it works without JavaScript. Signed out it sets the cookie
// only; signed in it also saves the language to the profile, through the action wrapper.
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { LOCALE_COOKIE } from "./config.ts";
import { serverAction } from "../actions/server-action.ts";
import { currentUserIncludingEnrolment } from "../auth/current-user.ts";
import { languageSchema, setLanguageAction } from "../account/language.ts";

const saveToProfile = serverAction(setLanguageAction, { sessionUser: currentUserIncludingEnrolment });

export async function setLanguage(formData: FormData): Promise<void> {
  const parsed = languageSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
  // Signed out there is no profile to save to (the wrapper answers UNAUTHENTICATED): the cookie is enough.
  await saveToProfile(parsed.data);
  revalidatePath("/", "layout");
}
