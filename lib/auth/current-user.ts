import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "../db/client.ts";
import { authOptions } from "./options.ts";
import { withinAbsoluteLimit } from "./session-limits.ts";
import { sessionIsCurrent } from "./session-is-current.ts";
import type { SessionUser } from "./session-user.ts";
import { loginUrl } from "./safe-callback-url.ts";
import { twoFactorRequiredFor } from "../account/two-factor-requirement.ts";

export const TWO_FACTOR_SETUP_PATH = "/account/two-factor";

/**
 * The session and its user, or null. Checks the 12-hour absolute limit, that the token's session
 * version is the user's current one (sign-out, deactivation, a password change or a 2FA reset end
 * every older token), and that the account is still active with its current roles. One indexed
 * read, cached per request, so layouts and pages share it.
 */
const loadSession = cache(async () => {
  const session = await getServerSession(authOptions);
  if (!session?.userId || !withinAbsoluteLimit(session.loginAt)) return null;
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: { id: true, name: true, email: true, roles: true, locale: true, active: true, sessionVersion: true, totpEnabledAt: true },
  });
  if (!user || !user.active || !sessionIsCurrent(session.sessionVersion, user.sessionVersion)) return null;
  const sessionUser: SessionUser = { id: user.id, name: user.name, email: user.email, roles: user.roles, locale: user.locale };
  return { user: sessionUser, authMethod: session.authMethod ?? "password", totpOn: user.totpEnabledAt !== null };
});

/**
 * Whether the signed-in user must set up two-factor authentication before anything else: they
 * signed in with a password, have no TOTP, and an admin requires it of one of their roles.
 * (Single sign-on users authenticate at their organisation's identity provider.)
 */
export const twoFactorEnrolmentDue = cache(async (): Promise<boolean> => {
  const s = await loadSession();
  if (!s || s.totpOn || s.authMethod === "oidc") return false;
  return twoFactorRequiredFor(db, s.user.roles);
});

/**
 * The signed-in user, or null. A user who still has to set up a required second factor counts as
 * signed out everywhere (pages, actions, downloads) except the setup itself.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const s = await loadSession();
  if (!s || (await twoFactorEnrolmentDue())) return null;
  return s.user;
});

/** The signed-in user even before a required two-factor setup: only for the setup page and its actions, and where sign-in lands. */
export const currentUserIncludingEnrolment = cache(async (): Promise<SessionUser | null> => (await loadSession())?.user ?? null);

/**
 * For pages: the user, or a redirect to sign-in (which returns to `returnTo`, a same-site path,
 * afterwards). A user whose role requires two-factor and who has not set it up is sent to set it
 * up first; only the setup page itself passes `allowTwoFactorEnrolment`.
 */
export async function requireUser(returnTo?: string, opts: { allowTwoFactorEnrolment?: boolean } = {}): Promise<SessionUser> {
  const user = await currentUserIncludingEnrolment();
  if (!user) redirect(loginUrl(returnTo));
  if (!opts.allowTwoFactorEnrolment && (await twoFactorEnrolmentDue())) redirect(TWO_FACTOR_SETUP_PATH);
  return user;
}
