// The role × capability table: the one place that says which roles may use which part of the
// product (in the spirit of eVaka's Action.kt). Navigation, page guards and every action's role
// rule read it; per-object rules (which family, which request) come on top, in
// collaboration-access.ts and the domain policies. No page or lib function asks for a role directly.
import type { Role } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { notFound } from "../errors/app-error.ts";

const WORKERS = ["FRONTLINE_WORKER", "TEAM_MEMBER", "GUIDANCE_WORKER"] as const satisfies readonly Role[];
const EVERYONE = ["FRONTLINE_WORKER", "TEAM_MEMBER", "GUIDANCE_WORKER", "COORDINATOR", "ADMIN"] as const satisfies readonly Role[];

export const CAPABILITIES = {
  /** Omat perheet, the family pages: the people who work with families (per object: a member). */
  "families.work": WORKERS,
  /** Minun perheeni: any professional may be named a family's responsible worker. */
  "followUp.work": WORKERS,
  /** Raising a concern opens a collaboration: the frontline and the guidance service. */
  "collaboration.open": ["FRONTLINE_WORKER", "GUIDANCE_WORKER"],
  /** The invitations page: the invited team members. */
  "invitations.list": ["TEAM_MEMBER"],
  /** Answering an invitation: a team member, or a frontline worker invited to another's meeting. */
  "invitations.respond": ["TEAM_MEMBER", "FRONTLINE_WORKER"],
  /** Everyone who convenes or is invited to meetings has a calendar (and declares absences there). */
  "calendar.use": WORKERS,
  /** The guidance service's queue of contact requests, and phone contacts. */
  "guidance.handle": ["GUIDANCE_WORKER"],
  /** Coordinators see aggregates only: the figures, monthly counts, adoption stages and exports. */
  "reports.view": ["COORDINATOR"],
  /** Administration: organisation, users, security, star templates, the outbox. */
  "admin.manage": ["ADMIN"],
  /** The use and disclosure log, searched for the data-protection officer (by an admin acting for them). */
  "audit.review": ["ADMIN"],
  /** The own account (password, second factor, language): every signed-in user, their own rows only. */
  "account.own": EVERYONE,
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAPABILITIES;

export function can(user: Pick<SessionUser, "roles">, capability: Capability): boolean {
  const roles: readonly Role[] = CAPABILITIES[capability];
  return user.roles.some((role) => roles.includes(role));
}

/** For lib functions and action policies: to a user without the capability the thing does not exist. */
export function requireCapability(user: Pick<SessionUser, "roles">, capability: Capability): void {
  if (!can(user, capability)) throw notFound();
}

/** Each role's own page, in the order a user with several roles is taken to: their main role's. */
export const LANDING_BY_ROLE: readonly (readonly [Role, string])[] = [
  ["FRONTLINE_WORKER", "/families"],
  ["TEAM_MEMBER", "/invitations"],
  ["GUIDANCE_WORKER", "/guidance"],
  ["COORDINATOR", "/coordinator"],
  ["ADMIN", "/admin"],
];

/** Where a user lands after signing in: their own page for their main role. */
export function landingPath(user: Pick<SessionUser, "roles">): string {
  return LANDING_BY_ROLE.find(([role]) => user.roles.includes(role))?.[1] ?? "/families";
}
