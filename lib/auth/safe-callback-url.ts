// Where to go back to after signing in (?callbackUrl=…). Only a path on this same site is accepted,
// so the sign-in page can never be used to send someone to another site (open redirect).

const MAX_LENGTH = 2000;
const ORIGIN = "http://same-origin.invalid";

/**
 * A same-origin relative path ("/families/…?meeting=…"), normalised, or null for anything else:
 * absolute or protocol-relative URLs ("//evil.example"), backslashes, whitespace or control
 * characters (which browsers strip or turn into slashes), over-long values, and the sign-in page
 * itself (which would only loop).
 */
export function safeCallbackUrl(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return null;
  if (!value.startsWith("/") || value.startsWith("//")) return null;
  if (/[\\\s\u0000-\u001f\u007f]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== ORIGIN) return null;
  if (url.pathname === "/login" || url.pathname.startsWith("/login/")) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, remembering where to return to when that is a safe path. */
export function loginUrl(returnTo?: string | null): string {
  const safe = safeCallbackUrl(returnTo);
  return safe ? `/login?callbackUrl=${encodeURIComponent(safe)}` : "/login";
}
