// Administration is the admin's: to anyone else every admin page, query and action does not exist
// (NOT_FOUND, never FORBIDDEN, so nothing tells that they are there). One rule for every admin
// section: the capability `admin.manage` of lib/authz/capabilities.ts.
import type { SessionUser } from "../auth/session-user.ts";
import { requireCapability } from "../authz/capabilities.ts";

export function requireAdmin(user: Pick<SessionUser, "roles">): void {
  requireCapability(user, "admin.manage");
}
