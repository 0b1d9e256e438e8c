// The catalogue of audit events: every action name the product writes to the audit trail, with its
// kind. The trail is the use log (käyttöloki) and the disclosure log (luovutusloki) that the client
// data law (asiakastietolaki 703/2023) asks for: who read or processed a client's data, when, and to
// whom it was disclosed. A name not listed here cannot be written (the helpers in audit.ts take only
// these names, and tests/unit/audit-catalogue.test.ts scans the source), so the log stays a closed
// vocabulary that a log review can read without the code.
//
// Names are dotted `subject.verb`, lower camel case. A few older names use snake_case segments
// (two_factor, rate_limited, …): they stay as they are, since the trail already holds rows with them.
import type { AuditKind } from "../db/generated/client.ts";

export const AUDIT_EVENTS = {
  // --- ACCESS: käyttöloki, reads. A user saw a family's data (or a list naming families). A read of
  // one object names it and the family; a list names the ids it showed in `details`.
  "collaboration.read": "ACCESS",
  "collaboration.list": "ACCESS",
  "meeting.read": "ACCESS",
  "plan.draft.read": "ACCESS",
  "plan.read": "ACCESS",
  "plan.versions.list": "ACCESS",
  "star.review.list": "ACCESS",
  "feedback.summary.read": "ACCESS",
  "followUp.read": "ACCESS",
  "followUp.list": "ACCESS",
  // A family's contact request (guidance service): the request itself is client data.
  "contactRequest.read": "ACCESS",
  "contactRequest.list": "ACCESS",
  // Reads that hold no family's data but are logged for accountability: the e-mail outbox (admin)
  // and the coordinators' count exports.
  "outbox.read": "ACCESS",
  "report.export": "ACCESS",
  // The data-protection officer's search of this trail: who looked at the log, for whom, when.
  "audit.search": "ACCESS",

  // --- DISCLOSURE: luovutusloki. The family's data went to someone outside the collaboration, on
  // the family's consent: each event names the recipient and the consents that allowed it.
  "plan.disclose": "DISCLOSURE",
  "plan.versions.disclose": "DISCLOSURE",
  "followUp.share": "DISCLOSURE",

  // --- CHANGE: käyttöloki, processing. A family's record was created, changed or closed; `details`
  // holds ids, enums and counts, never what the user typed.
  "collaboration.create": "CHANGE",
  "collaboration.concern.record": "CHANGE",
  "collaboration.close": "CHANGE",
  "collaboration.reopen": "CHANGE",
  "consent.record": "CHANGE",
  "consent.withdraw": "CHANGE",
  "meeting.create": "CHANGE",
  "meeting.reschedule": "CHANGE",
  "meeting.cancel": "CHANGE",
  "meeting.start": "CHANGE",
  "meeting.attendance": "CHANGE",
  "meeting.complete": "CHANGE",
  "invitation.accept": "CHANGE",
  "invitation.decline": "CHANGE",
  "star.review.save": "CHANGE",
  "plan.draft.save": "CHANGE",
  "plan.publish": "CHANGE",
  "plan.responsible.name": "CHANGE",
  "feedback.link.create": "CHANGE",
  "followUp.contact.record": "CHANGE",
  "followUp.action.status": "CHANGE",
  "followUp.handover": "CHANGE",
  "contactRequest.take": "CHANGE",
  "contactRequest.phone.record": "CHANGE",
  "contactRequest.close": "CHANGE",
  // The retention job (no actor) deleting contact requests past their keeping time: the event
  // lists what was deleted, as ids and enums, so the deletion itself can be accounted for.
  "contactRequest.retention.delete": "CHANGE",

  // CHANGE, own account and settings: no family's data, logged so that every change has an author.
  "account.language.set": "CHANGE",
  "account.password.set": "CHANGE",
  "absence.declare": "CHANGE",
  "absence.remove": "CHANGE",
  "calendar.feed.create": "CHANGE",
  "calendar.feed.revoke": "CHANGE",
  "auth.oidc.user.create": "CHANGE",

  // CHANGE, administration: users, roles and who holds a family's work (a reassigned chair moves
  // access to families, so it names them), the organisation, templates and adoption stages.
  "admin.user.create": "CHANGE",
  "admin.user.import": "CHANGE",
  "admin.user.update": "CHANGE",
  "admin.user.roles": "CHANGE",
  "admin.user.invite": "CHANGE",
  "admin.user.deactivate": "CHANGE",
  "admin.user.reactivate": "CHANGE",
  "admin.user.reassign": "CHANGE",
  "admin.collaboration.chair": "CHANGE",
  "admin.two_factor.reset": "CHANGE",
  "admin.role_security.update": "CHANGE",
  "admin.municipality.create": "CHANGE",
  "admin.municipality.update": "CHANGE",
  "admin.municipality.retire": "CHANGE",
  "admin.municipality.reactivate": "CHANGE",
  "admin.area.create": "CHANGE",
  "admin.area.update": "CHANGE",
  "admin.area.retire": "CHANGE",
  "admin.area.reactivate": "CHANGE",
  "admin.unit.create": "CHANGE",
  "admin.unit.update": "CHANGE",
  "admin.unit.retire": "CHANGE",
  "admin.unit.reactivate": "CHANGE",
  "admin.room.create": "CHANGE",
  "admin.room.update": "CHANGE",
  "admin.room.retire": "CHANGE",
  "admin.room.reactivate": "CHANGE",
  "admin.team.create": "CHANGE",
  "admin.team.update": "CHANGE",
  "admin.team.retire": "CHANGE",
  "admin.team.reactivate": "CHANGE",
  "admin.teamMember.add": "CHANGE",
  "admin.teamMember.remove": "CHANGE",
  "star.template.publish": "CHANGE",
  "municipality.stage.change": "CHANGE",

  // --- AUTH: the security log. Sign-ins, sign-outs and changes to how an account signs in: no
  // client data, kept to find misuse (guessing, a taken-over account) and to show who was signed in.
  "signin.succeeded": "AUTH",
  "signin.failed": "AUTH",
  "signin.two_factor_failed": "AUTH",
  "signin.rate_limited": "AUTH",
  "signin.refused": "AUTH",
  "signout": "AUTH",
  "account.password.changed": "AUTH",
  "account.password.reset.request": "AUTH",
  "account.two_factor.enabled": "AUTH",
  "account.two_factor.disabled": "AUTH",
  // A wrong current password or code in a signed-in action counts like a failed sign-in; the name is
  // `<action>.wrong_answer` (see wrongAnswerAction).
  "account.password.change.wrong_answer": "AUTH",
  "account.two_factor.confirm.wrong_answer": "AUTH",
  "account.two_factor.disable.wrong_answer": "AUTH",
} as const satisfies Record<string, AuditKind>;

/** Every action name the audit trail may hold. */
export type AuditAction = keyof typeof AUDIT_EVENTS;

/** The action names of one kind, e.g. `AuditActionOf<"ACCESS">`. */
export type AuditActionOf<K extends AuditKind> = { [A in AuditAction]: (typeof AUDIT_EVENTS)[A] extends K ? A : never }[AuditAction];

export type ReadAction = AuditActionOf<"ACCESS">;
export type DisclosureAction = AuditActionOf<"DISCLOSURE">;
export type ChangeAction = AuditActionOf<"CHANGE">;
export type AuthAction = AuditActionOf<"AUTH">;

export function isAuditAction(name: string): name is AuditAction {
  return Object.hasOwn(AUDIT_EVENTS, name);
}

/**
 * The AUTH event for a wrong secret in the action definition named `actionName` (the definition's
 * name is a plain string, so this is checked when it runs; the catalogue test checks every action
 * that counts wrong answers ahead of time).
 */
export function wrongAnswerAction(actionName: string): AuthAction {
  const name = `${actionName}.wrong_answer`;
  if (!isAuditAction(name) || AUDIT_EVENTS[name] !== "AUTH") throw new Error(`audit: ${name} is not in lib/audit/events.ts`);
  return name as AuthAction;
}
