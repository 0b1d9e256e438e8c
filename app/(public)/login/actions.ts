"use server";
import { cookies } from "next/headers";
import { currentUser } from "@/lib/auth/current-user.ts";
import { landingPath } from "@/lib/auth/session-user.ts";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url.ts";
import { LOCALE_COOKIE } from "@/lib/i18n/config.ts";

/** After signing in: switch to the user's own language and tell the form where they land (back where they were, if that is a page of this site). */
export async function afterSignIn(callbackUrl?: unknown): Promise<string> {
  const user = await currentUser();
  if (!user) return "/login";
  (await cookies()).set(LOCALE_COOKIE, user.locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
  return safeCallbackUrl(callbackUrl) ?? landingPath(user);
}
