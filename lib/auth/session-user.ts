import type { Locale, Role } from "../db/generated/enums.ts";

/** The signed-in user as every policy sees them. */
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  locale: Locale;
}

export function hasRole(user: Pick<SessionUser, "roles">, role: Role): boolean {
  return user.roles.includes(role);
}

/** Where a user lands after signing in: their own page for their main role. */
export function landingPath(user: Pick<SessionUser, "roles">): string {
  if (hasRole(user, "FRONTLINE_WORKER")) return "/families";
  if (hasRole(user, "TEAM_MEMBER")) return "/invitations";
  if (hasRole(user, "GUIDANCE_WORKER")) return "/guidance";
  if (hasRole(user, "COORDINATOR")) return "/coordinator";
  if (hasRole(user, "ADMIN")) return "/admin";
  return "/families";
}
