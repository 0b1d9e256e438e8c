import type { Locale, Role } from "../db/generated/enums.ts";

/** The signed-in user as every policy sees them. */
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  locale: Locale;
}

/** Where a user lands after signing in (the table lives with the other role rules). */
export { landingPath } from "../authz/capabilities.ts";
