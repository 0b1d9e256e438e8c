import { hasRole, type SessionUser } from "./session-user.ts";

/** Navigation by role: each item is shown only to the roles whose page it is. Labels are nav.* keys. */
export function navigationFor(user: Pick<SessionUser, "roles">): { href: string; key: string }[] {
  const items: { href: string; key: string }[] = [];
  if (hasRole(user, "FRONTLINE_WORKER") || hasRole(user, "TEAM_MEMBER") || hasRole(user, "GUIDANCE_WORKER"))
    items.push({ href: "/families", key: "myFamilies" });
  // "Minun perheeni": the families the user follows up as their responsible worker (any professional may be named).
  if (hasRole(user, "FRONTLINE_WORKER") || hasRole(user, "TEAM_MEMBER") || hasRole(user, "GUIDANCE_WORKER"))
    items.push({ href: "/follow-up", key: "followUp" });
  if (hasRole(user, "FRONTLINE_WORKER") || hasRole(user, "GUIDANCE_WORKER")) items.push({ href: "/families/new", key: "newCollaboration" });
  if (hasRole(user, "TEAM_MEMBER")) items.push({ href: "/invitations", key: "invitations" });
  if (hasRole(user, "GUIDANCE_WORKER")) items.push({ href: "/guidance", key: "guidance" });
  // Everyone who convenes or is invited to meetings has their own calendar.
  if (hasRole(user, "FRONTLINE_WORKER") || hasRole(user, "TEAM_MEMBER") || hasRole(user, "GUIDANCE_WORKER"))
    items.push({ href: "/calendar", key: "calendar" });
  if (hasRole(user, "COORDINATOR")) items.push({ href: "/coordinator", key: "coordinator" });
  if (hasRole(user, "ADMIN")) items.push({ href: "/admin", key: "admin" });
  return items;
}
