import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "../db/client.ts";
import { authOptions } from "./options.ts";
import { withinAbsoluteLimit } from "./session-limits.ts";
import type { SessionUser } from "./session-user.ts";
import { loginUrl } from "./safe-callback-url.ts";

/**
 * The signed-in user, or null. Checks the 12-hour absolute limit and that the account is still
 * active with its current roles (a role removed by an admin takes effect at once).
 * Cached per request, so layouts and pages share one lookup.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.userId || !withinAbsoluteLimit(session.loginAt)) return null;
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: { id: true, name: true, email: true, roles: true, locale: true, active: true },
  });
  if (!user || !user.active) return null;
  return { id: user.id, name: user.name, email: user.email, roles: user.roles, locale: user.locale };
});

/** For pages: the user, or a redirect to sign-in (which returns to `returnTo`, a same-site path, afterwards). */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(loginUrl(returnTo));
  return user;
}
