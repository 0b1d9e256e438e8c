// Administration is the admin's: to anyone else every admin page, query and action does not exist
// (NOT_FOUND, never FORBIDDEN, so nothing tells that they are there). One rule for every admin section.
import { hasRole, type SessionUser } from "../auth/session-user.ts";
import { notFound } from "../errors/app-error.ts";

export function requireAdmin(user: Pick<SessionUser, "roles">): void {
  if (!hasRole(user, "ADMIN")) throw notFound();
}

/** The policy of every admin action: the object is the whole organisation, and only an admin has it. */
export async function adminOnly({ user }: { user: Pick<SessionUser, "roles"> }): Promise<void> {
  requireAdmin(user);
}
