// The table of the authorization matrix (tests/db/authorization-matrix.test.ts), shared with the
// fuzzing test: every registered action, its role rule, and for an action on one object a valid
// input that names someone else's object.
import { randomUUID } from "node:crypto";
import type { Capability } from "@/lib/authz/capabilities.ts";
import type { Role } from "@/lib/db/generated/enums.ts";
import { runSecureAction } from "@/lib/actions/secure-action.ts";
import { recordConsentAction } from "@/lib/consents/actions.ts";
import type { SessionUser } from "@/lib/auth/session-user.ts";
import type { Db } from "@/lib/db/types.ts";
import { buildActivePlan, buildCollaboration, buildMeeting, buildOrganisation, buildUser, consentInput } from "../../fixtures/builders.ts";

export const ROLES: Role[] = ["FRONTLINE_WORKER", "TEAM_MEMBER", "GUIDANCE_WORKER", "COORDINATOR", "ADMIN"];

/** The objects a stranger's call names: someone else's collaboration and what belongs to it. */
export interface Objects {
  collaborationId: string;
  meetingId: string;
  consentId: string;
  requestId: string;
  actionId: string;
  guardianId: string;
}

type StrangerInput = (o: Objects) => Record<string, unknown>;

/** action → its role rule, and for an action on one object a valid input naming someone else's. */
export const MATRIX: Record<string, { capability: Capability; stranger?: StrangerInput }> = {
  "absence.declare": { capability: "calendar.use" },
  "absence.remove": { capability: "calendar.use" },
  "account.password.change": { capability: "account.own" },
  "account.two_factor.start": { capability: "account.own" },
  "account.two_factor.confirm": { capability: "account.own" },
  "account.two_factor.disable": { capability: "account.own" },
  "account.language.set": { capability: "account.own" },
  "admin.municipality.save": { capability: "admin.manage" },
  "admin.area.save": { capability: "admin.manage" },
  "admin.unit.save": { capability: "admin.manage" },
  "admin.room.save": { capability: "admin.manage" },
  "admin.team.save": { capability: "admin.manage" },
  "admin.organisation.setActive": { capability: "admin.manage" },
  "admin.teamMember.add": { capability: "admin.manage" },
  "admin.teamMember.remove": { capability: "admin.manage" },
  "admin.role_security.update": { capability: "admin.manage" },
  "admin.two_factor.reset": { capability: "admin.manage" },
  "admin.user.create": { capability: "admin.manage" },
  "admin.user.update": { capability: "admin.manage" },
  "admin.user.deactivate": { capability: "admin.manage" },
  "admin.user.reactivate": { capability: "admin.manage" },
  "admin.user.invite": { capability: "admin.manage" },
  "admin.user.import": { capability: "admin.manage" },
  "admin.user.reassign": { capability: "admin.manage" },
  "calendar.feed.create": { capability: "calendar.use" },
  "calendar.feed.revoke": { capability: "calendar.use" },
  "collaboration.create": { capability: "collaboration.open" },
  "collaboration.concern.record": {
    capability: "families.work",
    stranger: (o) => ({ collaborationId: o.collaborationId, entryRoute: "NETWORK_WORKER", lapsetPuheeksiHeld: false, strengthsHome: "", vulnerabilitiesHome: "", strengthsEcecSchool: "", vulnerabilitiesEcecSchool: "", strengthsFreeTime: "", vulnerabilitiesFreeTime: "", concernZone: "", situationMapping: "", familyWishes: "Apua arkeen", meetingTopics: "", needIdentifiedTogether: true }),
  },
  "consent.record": { capability: "families.work", stranger: (o) => consentInput(o.collaborationId, o.guardianId) },
  "consent.withdraw": { capability: "families.work", stranger: (o) => ({ consentId: o.consentId }) },
  "contactRequest.take": { capability: "guidance.handle", stranger: (o) => ({ requestId: o.requestId }) },
  "contactRequest.close": { capability: "guidance.handle", stranger: (o) => ({ requestId: o.requestId, outcome: "ADVICE_GIVEN", forwardedTo: "", outcomeNote: "" }) },
  "contactRequest.startCollaboration": { capability: "guidance.handle" },
  "contactRequest.phone.record": { capability: "guidance.handle" },
  "feedback.link.create": { capability: "families.work", stranger: (o) => ({ meetingId: o.meetingId, respondent: "PARENT" }) },
  "followUp.contact.record": { capability: "followUp.work" },
  "followUp.action.status": { capability: "followUp.work", stranger: (o) => ({ collaborationId: o.collaborationId, actionId: o.actionId, status: "DONE", note: "" }) },
  "followUp.share": { capability: "followUp.work", stranger: (o) => ({ collaborationId: o.collaborationId, recipientUserId: randomUUID(), channel: "IN_APP" }) },
  "followUp.handover": { capability: "followUp.work", stranger: (o) => ({ collaborationId: o.collaborationId, toUserId: randomUUID(), familyAgreed: true, familyAgreement: "Perhe sopi" }) },
  "collaboration.close": { capability: "followUp.work", stranger: (o) => ({ collaborationId: o.collaborationId, reason: "GOALS_REACHED", summary: "Tavoitteet saavutettiin" }) },
  "collaboration.reopen": { capability: "followUp.work", stranger: (o) => ({ collaborationId: o.collaborationId, reason: "Perhe pyysi" }) },
  "notification.read": { capability: "account.own" },
  "meeting.proposeSlots": { capability: "families.work" },
  "meeting.create": { capability: "families.work" },
  "meeting.reschedule": { capability: "families.work" },
  "meeting.cancel": { capability: "families.work", stranger: (o) => ({ meetingId: o.meetingId }) },
  "invitation.respond": { capability: "invitations.respond" },
  "meeting.start": { capability: "families.work", stranger: (o) => ({ meetingId: o.meetingId }) },
  "meeting.attendance": { capability: "families.work", stranger: (o) => ({ meetingId: o.meetingId, professionals: [], guardians: [], children: [], others: [] }) },
  "meeting.complete": { capability: "families.work", stranger: (o) => ({ meetingId: o.meetingId }) },
  "plan.draft.save": {
    capability: "families.work",
    stranger: (o) => ({ collaborationId: o.collaborationId, version: 1, thingsNeedingChange: "Muuta", actions: [], followUpWorkerToFamily: "", followUpFamilyToWorker: "", nextContactAt: "" }),
  },
  "plan.lock.acquire": { capability: "families.work", stranger: (o) => ({ collaborationId: o.collaborationId }) },
  "plan.lock.release": { capability: "families.work", stranger: (o) => ({ collaborationId: o.collaborationId }) },
  "plan.reload": { capability: "families.work", stranger: (o) => ({ collaborationId: o.collaborationId }) },
  "plan.responsible.name": { capability: "families.work", stranger: (o) => ({ collaborationId: o.collaborationId, userIds: [randomUUID()], namedByFamily: true, familyAgreement: "Perhe valitsi" }) },
  "plan.publish": { capability: "families.work" },
  "municipality.stage.change": { capability: "reports.view" },
  "star.template.publish": { capability: "admin.manage" },
  "star.review.save": { capability: "families.work" },
};


const session = (u: { id: string; name: string; email: string; roles: Role[]; locale: SessionUser["locale"] }): SessionUser => ({ id: u.id, name: u.name, email: u.email, roles: u.roles, locale: u.locale });

/**
 * A family worked with by its owner and responsible worker, with a meeting, a consent, a plan and a
 * contact request; one user per role and a stranger with every worker role, all in another
 * municipality, taking no part in it.
 */
export async function buildMatrixWorld(db: Db) {
  const sessions = new Map<Role, SessionUser>();
  const org = await buildOrganisation(db);
  const other = await buildOrganisation(db);
  const owner = session(await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id }));
  const responsible = session(await buildUser(db, { roles: ["TEAM_MEMBER"], unitId: org.unit.id }));
  const c = await buildCollaboration(db, owner, { id: org.area.id, municipalityId: org.municipality.id });
  const plan = await buildActivePlan(db, c.id, owner, [responsible.id]);
  const meeting = await buildMeeting(db, c.id, owner);
  const consent = await runSecureAction(recordConsentAction, { db, user: owner }, consentInput(c.id, c.guardians[0]!.id));
  if (!consent.ok) throw new Error(`fixture: ${JSON.stringify(consent)}`);
  const request = await db.contactRequest.create({
    data: { municipalityId: org.municipality.id, channel: "ELECTRONIC_CONTACT", childrenAges: "3 ja 6", message: "Tarvitsemme apua", referenceCode: `YA-${randomUUID().slice(0, 8)}`, contactPreference: "PHONE", phone: "0401234567" },
    select: { id: true },
  });
  const objects: Objects = { collaborationId: c.id, meetingId: meeting.id, consentId: consent.data.id, requestId: request.id, actionId: plan.actions[0]!.id, guardianId: c.guardians[0]!.id };
  for (const role of ROLES) sessions.set(role, session(await buildUser(db, { roles: [role], unitId: other.unit.id, ...(role === "COORDINATOR" ? { scopeMunicipalityId: other.municipality.id } : {}) })));
  // Every worker role at once, in another municipality's unit: the capabilities but no part in the family.
  const stranger = session(await buildUser(db, { roles: ["FRONTLINE_WORKER", "TEAM_MEMBER", "GUIDANCE_WORKER"], unitId: other.unit.id }));
  return { objects, sessions, stranger, owner };
}
