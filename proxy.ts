// Sends the signed-out to the sign-in page with the page they wanted, so they come back to it (a
// plan being written, a meeting being run). Not a security boundary: every page, action and route
// handler checks the session and the object itself (ARCHITECTURE.md).
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { loginUrl } from "./lib/auth/safe-callback-url.ts";

export async function proxy(request: NextRequest) {
  // Only page loads are redirected. A server action (a POST with a Next-Action header) from a page
  // whose session has ended must reach its secureAction and get UNAUTHENTICATED, so the form keeps
  // the text and offers to sign in again; a redirect would lose it.
  if ((request.method !== "GET" && request.method !== "HEAD") || request.headers.has("next-action")) return NextResponse.next();
  const token = await getToken({ req: request, secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  return NextResponse.redirect(new URL(loginUrl(`${pathname}${search}`), request.url));
}

export const config = {
  // The signed-in area only; public pages (sign-in, feedback, accessibility), feeds and assets pass.
  matcher: ["/families/:path*", "/calendar", "/invitations/:path*", "/admin/:path*", "/coordinator/:path*", "/guidance/:path*"],
};
