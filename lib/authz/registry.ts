// The one list of every server action (in the spirit of eVaka's Action.kt): its name, its role
// rule (a capability of capabilities.ts) and its per-object policy. The server actions in
// lib/<domain>/server-actions.ts are made from these definitions only, and the tests read this
// list: tests/unit/capabilities.test.ts fails when a definition exists that is not listed here.
import type { AnySecureAction } from "../actions/secure-action.ts";
import * as absences from "../absences/actions.ts";
import * as account from "../account/actions.ts";
import * as language from "../account/language.ts";
import * as organisation from "../admin/organisation/actions.ts";
import * as security from "../admin/security-actions.ts";
import * as users from "../admin/users/actions.ts";
import * as calendar from "../calendar/actions.ts";
import * as collaborations from "../collaborations/actions.ts";
import * as consents from "../consents/actions.ts";
import * as contact from "../contact/actions.ts";
import * as feedback from "../feedback/actions.ts";
import * as followUp from "../follow-up/actions.ts";
import * as meetings from "../meetings/actions.ts";
import * as meetingRun from "../meetings/run-actions.ts";
import * as plans from "../plans/actions.ts";
import * as adoption from "../reports/adoption.ts";
import * as star from "../star/actions.ts";

export const ACTION_MODULES = {
  absences,
  account,
  language,
  organisation,
  security,
  users,
  calendar,
  collaborations,
  consents,
  contact,
  feedback,
  followUp,
  meetings,
  meetingRun,
  plans,
  adoption,
  star,
} as const;

export function isActionDefinition(value: unknown): value is AnySecureAction {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.name === "string" && typeof v.capability === "string" && typeof v.policy === "function" && typeof v.run === "function" && typeof v.schema === "object";
}

/** Every registered action, by name. */
export const ACTION_REGISTRY: ReadonlyMap<string, AnySecureAction> = new Map(
  Object.values(ACTION_MODULES)
    .flatMap((module) => Object.values(module).filter(isActionDefinition))
    .map((def) => [def.name, def] as const),
);
