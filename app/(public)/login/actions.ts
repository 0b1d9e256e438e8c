"use server";
import { cookies } from "next/headers";
import { currentUser } from "@/lib/auth/current-user.ts";
import { landingPath } from "@/lib/auth/session-user.ts";
import { LOCALE_COOKIE } from "@/lib/i18n/config.ts";

/** After signing in: switch to the user's own language and tell the form where they land. */
export async function afterSignIn(): Promise<string> {
  const user = await currentUser();
  if (!user) return "/login";
  (await cookies()).set(LOCALE_COOKIE, user.locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
  return landingPath(user);
}
