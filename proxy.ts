// Runs before every page and route. Two jobs:
// 1. A fresh nonce and the Content-Security-Policy for each request (lib/security/content-security-policy.ts).
// 2. Sends the signed-out to the sign-in page with the page they wanted, so they come back to it (a
//    plan being written, a meeting being run). Not a security boundary: every page, action and
//    route handler checks the session and the object itself (ARCHITECTURE.md).
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { loginUrl } from "./lib/auth/safe-callback-url.ts";
import { contentSecurityPolicy, newNonce } from "./lib/security/content-security-policy.ts";

/** The signed-in area; public pages (sign-in, contact, feedback, accessibility), feeds and auth pass. */
const SIGNED_IN_AREA = /^\/(families|follow-up|calendar$|invitations|admin|coordinator|guidance)(\/|$)/;

export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const pass = () => {
    const response = NextResponse.next({ request: { headers } });
    response.headers.set("Content-Security-Policy", csp);
    return response;
  };

  // Only page loads are redirected. A server action (a POST with a Next-Action header) from a page
  // whose session has ended must reach its secureAction and get UNAUTHENTICATED, so the form keeps
  // the text and offers to sign in again; a redirect would lose it.
  const { pathname, search } = request.nextUrl;
  if (!SIGNED_IN_AREA.test(pathname) || (request.method !== "GET" && request.method !== "HEAD") || request.headers.has("next-action")) return pass();
  const token = await getToken({ req: request, secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET });
  if (token) return pass();
  const redirect = NextResponse.redirect(new URL(loginUrl(`${pathname}${search}`), request.url));
  redirect.headers.set("Content-Security-Policy", csp);
  return redirect;
}

export const config = {
  // Everything but the build's static files, which carry no page.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
