// After signing in (password or single sign-on) the browser comes here once: the user's own
// language is set and they go on, in one redirect, to where they were (a same-site path) or to
// their role's page. One plain navigation, so nothing on the sign-in page races it.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { currentUserIncludingEnrolment } from "@/lib/auth/current-user.ts";
import { landingPath } from "@/lib/auth/session-user.ts";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url.ts";
import { LOCALE_COOKIE } from "@/lib/i18n/config.ts";

const query = z.object({ callbackUrl: z.string().max(2000).optional().catch(undefined) });

export async function GET(request: NextRequest) {
  // Including a user who must still set up two-factor: their landing page sends them to the setup.
  const user = await currentUserIncludingEnrolment();
  if (!user) return NextResponse.redirect(new URL("/login", request.url), 303);
  const { callbackUrl } = query.parse(Object.fromEntries(request.nextUrl.searchParams));
  const response = NextResponse.redirect(new URL(safeCallbackUrl(callbackUrl) ?? landingPath(user), request.url), 303);
  response.cookies.set(LOCALE_COOKIE, user.locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
  return response;
}
