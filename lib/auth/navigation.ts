import type { SessionUser } from "./session-user.ts";
import { can, type Capability } from "../authz/capabilities.ts";

/** The signed-in area's navigation, in order; each item needs the capability of the page it opens. Labels are nav.* keys. */
export const NAVIGATION: readonly { href: string; key: string; capability: Capability }[] = [
  { href: "/families", key: "myFamilies", capability: "families.work" },
  // "Minun perheeni": the families the user follows up as their responsible worker.
  { href: "/follow-up", key: "followUp", capability: "followUp.work" },
  { href: "/families/new", key: "newCollaboration", capability: "collaboration.open" },
  { href: "/invitations", key: "invitations", capability: "invitations.list" },
  { href: "/guidance", key: "guidance", capability: "guidance.handle" },
  { href: "/calendar", key: "calendar", capability: "calendar.use" },
  { href: "/coordinator", key: "coordinator", capability: "reports.view" },
  { href: "/admin", key: "admin", capability: "admin.manage" },
];

/** Navigation by role: each item is shown only to the users whose roles reach its page. */
export function navigationFor(user: Pick<SessionUser, "roles">): { href: string; key: string }[] {
  return NAVIGATION.filter((item) => can(user, item.capability)).map(({ href, key }) => ({ href, key }));
}
