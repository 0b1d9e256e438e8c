import { hasRole, type SessionUser } from "../../auth/session-user.ts";
import { notFound } from "../../errors/app-error.ts";

/** Organisation management is the admin's: to anyone else every page and action does not exist. */
export function requireAdmin(user: Pick<SessionUser, "roles">): void {
  if (!hasRole(user, "ADMIN")) throw notFound();
}
