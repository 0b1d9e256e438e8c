// Vastuutyöntekijä after the meeting (issue 5): "Minun perheeni" with overdue contacts first (by
// Helsinki day, right across DST and at midnight), the contact log and action statuses, sharing only
// under the family's consent (each share a DISCLOSURE), follow-up meetings arranged by the
// responsible worker, handover with the family's agreement (the old worker loses access), closing
// (read-only, off the lists, reopening logged) and the idempotent morning digest.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSecureAction } from "@/lib/actions/secure-action.ts";
import { recordConsentAction } from "@/lib/consents/actions.ts";
import {
  closeCollaborationAction,
  handOverAction,
  markNotificationReadAction,
  recordContactAction,
  reopenCollaborationAction,
  shareInformationAction,
  updateActionStatusAction,
} from "@/lib/follow-up/actions.ts";
import { contactDue, daysOverdue, helsinkiDay } from "@/lib/follow-up/due.ts";
import { listMyFollowUps } from "@/lib/follow-up/list-my-follow-ups.ts";
import { followUpPageData } from "@/lib/follow-up/follow-up-page-data.ts";
import { queueFollowUpDigests, digestKey } from "@/lib/follow-up/digest.ts";
import { digestDue } from "@/lib/follow-up/digest-scheduler.ts";
import { cancelMeetingAction, createMeetingAction } from "@/lib/meetings/actions.ts";
import { requireMeetingChair } from "@/lib/authz/collaboration-access.ts";
import { savePlanDraftAction } from "@/lib/plans/actions.ts";
import { listMyCollaborations } from "@/lib/collaborations/list-my-collaborations.ts";
import { starPageData } from "@/lib/star/star-page-data.ts";
import { toHelsinkiWallClock } from "@/lib/time/helsinki-wall-clock.ts";
import type { SessionUser } from "@/lib/auth/session-user.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { buildActivePlan, buildCollaboration, buildOrganisation, buildStarTemplate, buildTeam, buildUser, consentInput, futureWeekday } from "../fixtures/builders.ts";

let fresh: FreshDatabase;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let chair: SessionUser;
let responsible: SessionUser;
let partner: SessionUser;
let colleague: SessionUser;
let recipient: SessionUser;
let stranger: SessionUser;
let coordinator: SessionUser;

const session = (u: { id: string; name: string; email: string; roles: SessionUser["roles"]; locale: SessionUser["locale"] }): SessionUser => ({ id: u.id, name: u.name, email: u.email, roles: u.roles, locale: u.locale });
const as = (user: SessionUser) => ({ db: fresh.db, user });
const DAY = 86_400_000;
const localDateTime = (instant: Date) => {
  const w = toHelsinkiWallClock(instant);
  return `${w.date}T${w.time}`;
};
const today = () => helsinkiDay(new Date());

/** A family right after its joint meeting, followed up by `workers`. */
async function family(workers: SessionUser[] = [responsible], opts: { nextContactAt?: Date | null } = {}) {
  const c = await buildCollaboration(fresh.db, chair, org.area, [{ firstName: "Maija", lastName: `Seuranen${Math.random().toString(36).slice(2, 7)}` }]);
  const plan = await buildActivePlan(fresh.db, c.id, chair, workers.map((w) => w.id), opts);
  return { ...c, ...plan };
}

function contactInput(collaborationId: string, overrides: Record<string, unknown> = {}) {
  return { collaborationId, contactedOn: today(), channel: "PHONE", note: "Soitettiin, aamut sujuvat paremmin.", nextContactAt: localDateTime(new Date(Date.now() + 7 * DAY)), ...overrides };
}

beforeAll(async () => {
  fresh = await freshDatabase();
  org = await buildOrganisation(fresh.db);
  chair = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id, name: "Liisa Lähinen" }));
  responsible = session(await buildUser(fresh.db, { roles: ["TEAM_MEMBER"], unitId: org.unit.id, name: "Pirjo Perhetyöntekijä" }));
  partner = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id, name: "Noora Neuvola" }));
  colleague = session(await buildUser(fresh.db, { roles: ["TEAM_MEMBER"], unitId: org.unit.id, name: "Kalle Kuraattori", locale: "sv" }));
  recipient = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id, name: "Riikka Rehtori", locale: "en" }));
  stranger = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], name: "Seppo Sivullinen" }));
  coordinator = session(await buildUser(fresh.db, { roles: ["COORDINATOR"], unitId: org.unit.id, name: "Kaisa Koordinaattori" }));
}, 60_000);
afterAll(() => fresh?.close());

describe("the overdue computation (Helsinki days)", () => {
  it("is due all of its Helsinki day and overdue from the next Helsinki midnight", () => {
    // 15.1.2027 09.00 Helsinki (UTC+2) = 07.00Z
    const next = new Date("2027-01-15T07:00:00Z");
    expect(contactDue(next, new Date("2027-01-14T21:59:59Z"))).toBe("UPCOMING"); // 14.1. 23.59.59
    expect(contactDue(next, new Date("2027-01-14T22:00:00Z"))).toBe("TODAY"); // 15.1. 00.00
    expect(contactDue(next, new Date("2027-01-15T21:59:59Z"))).toBe("TODAY"); // 15.1. 23.59.59
    expect(contactDue(next, new Date("2027-01-15T22:00:00Z"))).toBe("OVERDUE"); // 16.1. 00.00
    expect(daysOverdue(next, new Date("2027-01-15T22:00:00Z"))).toBe(1);
    // A contact agreed late in the evening is still that day's, not the next UTC day's.
    expect(contactDue(new Date("2027-01-15T21:30:00Z"), new Date("2027-01-15T12:00:00Z"))).toBe("TODAY");
    expect(contactDue(null, new Date())).toBe("NONE");
  });

  it("is right on the days the clocks change (spring forward 28.3.2027, fall back 31.10.2027)", () => {
    // Spring: Helsinki midnight 28.3. is 22.00Z on 27.3. (UTC+2); midnight 29.3. is 21.00Z (UTC+3).
    const spring = new Date("2027-03-28T09:00:00Z");
    expect(contactDue(spring, new Date("2027-03-27T21:59:00Z"))).toBe("UPCOMING");
    expect(contactDue(spring, new Date("2027-03-27T22:00:00Z"))).toBe("TODAY");
    expect(contactDue(spring, new Date("2027-03-28T20:59:00Z"))).toBe("TODAY"); // 23.59 EEST
    expect(contactDue(spring, new Date("2027-03-28T21:00:00Z"))).toBe("OVERDUE"); // 00.00 29.3.
    // Autumn: 31.10. lasts 25 hours; midnight 1.11. is 22.00Z (UTC+2).
    const autumn = new Date("2027-10-31T10:00:00Z");
    expect(contactDue(autumn, new Date("2027-10-30T21:00:00Z"))).toBe("TODAY"); // 00.00 EEST 31.10.
    expect(contactDue(autumn, new Date("2027-10-31T21:59:00Z"))).toBe("TODAY"); // 23.59 EET
    expect(contactDue(autumn, new Date("2027-10-31T22:00:00Z"))).toBe("OVERDUE");
    expect(daysOverdue(autumn, new Date("2027-11-02T10:00:00Z"))).toBe(2);
  });

  it("lists overdue families first and marks them, with open actions by setting, last contact and the pair", async () => {
    const worker = session(await buildUser(fresh.db, { roles: ["TEAM_MEMBER"], unitId: org.unit.id }));
    const now = new Date("2027-03-28T20:30:00Z"); // 23.30 Helsinki on the spring-forward day
    const later = await family([worker], { nextContactAt: new Date("2027-04-10T07:00:00Z") });
    const dueToday = await family([worker, partner], { nextContactAt: new Date("2027-03-28T06:00:00Z") });
    const overdue = await family([worker], { nextContactAt: new Date("2027-03-27T20:00:00Z") }); // 27.3. 22.00
    const none = await family([worker], { nextContactAt: null });
    await fresh.db.planAction.update({ where: { id: later.actions[0]!.id }, data: { status: "DONE" } });
    await fresh.db.contactLogEntry.create({ data: { collaborationId: later.id, authorId: worker.id, contactedAt: new Date("2027-03-20T10:00:00Z"), channel: "HOME_VISIT" } });

    const rows = await listMyFollowUps(fresh.db, worker, {}, now);
    expect(rows.map((r) => r.id)).toEqual([overdue.id, dueToday.id, later.id, none.id]);
    expect(rows.map((r) => r.due)).toEqual(["OVERDUE", "TODAY", "UPCOMING", "NONE"]);
    expect(rows[0]!.daysOverdue).toBe(1);
    expect(rows[1]!.coResponsible.map((w) => w.name)).toEqual([partner.name]);
    expect(rows[2]!.openActions).toEqual({ HOME: 0, EVERYDAY_ENVIRONMENT: 1, ELSEWHERE: 1 });
    expect(rows[2]!.lastContact?.channel).toBe("HOME_VISIT");
    // One minute later it is 29.3.: today's contact has become overdue too.
    const after = await listMyFollowUps(fresh.db, worker, {}, new Date("2027-03-28T21:01:00Z"));
    expect(after.slice(0, 2).map((r) => r.due)).toEqual(["OVERDUE", "OVERDUE"]);
    // Filters and sorting; overdue stay first in every order.
    expect((await listMyFollowUps(fresh.db, worker, { filter: "overdue" }, now)).map((r) => r.id)).toEqual([overdue.id]);
    expect((await listMyFollowUps(fresh.db, worker, { filter: "today" }, now)).map((r) => r.id)).toEqual([overdue.id, dueToday.id]);
    expect((await listMyFollowUps(fresh.db, worker, { filter: "noContact" }, now)).map((r) => r.id)).toEqual([none.id]);
    expect((await listMyFollowUps(fresh.db, worker, { sort: "family" }, now))[0]!.id).toBe(overdue.id);
    // The read is in the use log, naming the families.
    const audit = await fresh.db.auditEvent.findFirst({ where: { actorId: worker.id, action: "followUp.list" }, orderBy: { occurredAt: "desc" } });
    expect((audit?.details as { collaborationIds: string[] }).collaborationIds).toContain(overdue.id);
  });
});

describe("contact log and plan actions", () => {
  it("records a contact and makes its next contact the plan's next contact", async () => {
    const f = await family();
    const next = new Date(Date.now() + 10 * DAY);
    const r = await runSecureAction(recordContactAction, as(responsible), contactInput(f.id, { channel: "HOME_VISIT", nextContactAt: localDateTime(next) }));
    expect(r.ok).toBe(true);
    const entry = await fresh.db.contactLogEntry.findFirstOrThrow({ where: { collaborationId: f.id } });
    expect(entry).toMatchObject({ channel: "HOME_VISIT", authorId: responsible.id, note: "Soitettiin, aamut sujuvat paremmin." });
    expect(helsinkiDay(entry.contactedAt)).toBe(today());
    const plan = await fresh.db.jointPlan.findUniqueOrThrow({ where: { collaborationId: f.id } });
    expect(Math.abs(plan.nextContactAt!.getTime() - next.getTime())).toBeLessThan(60_000);
    expect(await fresh.db.auditEvent.count({ where: { collaborationId: f.id, action: "followUp.contact.record", kind: "CHANGE" } })).toBe(1);
  });

  it("refuses a future contact, a next contact before the contact and an unknown channel with field errors", async () => {
    const f = await family();
    const tomorrow = helsinkiDay(new Date(Date.now() + DAY + 3_600_000));
    const future = await runSecureAction(recordContactAction, as(responsible), contactInput(f.id, { contactedOn: tomorrow }));
    expect(future).toMatchObject({ ok: false, status: 400, fieldErrors: { contactedOn: "contactInFuture" } });
    const weekAgo = helsinkiDay(new Date(Date.now() - 7 * DAY));
    const before = await runSecureAction(recordContactAction, as(responsible), contactInput(f.id, { contactedOn: today(), nextContactAt: `${weekAgo}T10:00` }));
    expect(before).toMatchObject({ ok: false, fieldErrors: { nextContactAt: "nextBeforeContact" } });
    const channel = await runSecureAction(recordContactAction, as(responsible), contactInput(f.id, { channel: "CARRIER_PIGEON" }));
    expect(channel).toMatchObject({ ok: false, fieldErrors: { channel: "invalidChoice" } });
    expect(await fresh.db.contactLogEntry.count({ where: { collaborationId: f.id } })).toBe(0);
  });

  it("updates an action's status with a note, and the plan shows its progress", async () => {
    const f = await family();
    const [home, everyday, elsewhere] = f.actions;
    expect((await runSecureAction(updateActionStatusAction, as(responsible), { collaborationId: f.id, actionId: home!.id, status: "DONE", note: "Iltarutiini toimii." })).ok).toBe(true);
    expect((await runSecureAction(updateActionStatusAction, as(responsible), { collaborationId: f.id, actionId: elsewhere!.id, status: "DROPPED", note: "" })).ok).toBe(true);
    expect((await runSecureAction(updateActionStatusAction, as(responsible), { collaborationId: f.id, actionId: everyday!.id, status: "FINISHED", note: "" })).ok).toBe(false);
    const data = await followUpPageData(fresh.db, responsible, f.id);
    expect(data.progress).toMatchObject({ total: 3, done: 1, dropped: 1, notStarted: 1, percent: 50 });
    expect(data.plan!.actions.find((a) => a.id === home!.id)).toMatchObject({ status: "DONE", statusNote: "Iltarutiini toimii." });
    // An action of another family cannot be reached through this one.
    const other = await family();
    const forged = await runSecureAction(updateActionStatusAction, as(responsible), { collaborationId: f.id, actionId: other.actions[0]!.id, status: "DONE", note: "" });
    expect(forged).toMatchObject({ ok: false, status: 404 });
    expect((await fresh.db.planAction.findUniqueOrThrow({ where: { id: other.actions[0]!.id } })).status).toBe("NOT_STARTED");
  });

  it("answers forged calls on a family the user is not responsible for with 404 and changes nothing", async () => {
    const f = await family();
    for (const user of [stranger, chair, coordinator]) {
      expect(await runSecureAction(recordContactAction, as(user), contactInput(f.id))).toMatchObject({ ok: false, status: 404 });
      expect(await runSecureAction(updateActionStatusAction, as(user), { collaborationId: f.id, actionId: f.actions[0]!.id, status: "DONE", note: "" })).toMatchObject({ ok: false, status: 404 });
      expect(await runSecureAction(closeCollaborationAction, as(user), { collaborationId: f.id, reason: "GOALS_REACHED", summary: "Valmis." })).toMatchObject({ ok: false, status: 404 });
      expect(await runSecureAction(handOverAction, as(user), { collaborationId: f.id, toUserId: user.id, familyAgreed: true, familyAgreement: "x" })).toMatchObject({ ok: false, status: 404 });
      await expect(followUpPageData(fresh.db, user, f.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await fresh.db.contactLogEntry.count({ where: { collaborationId: f.id } })).toBe(0);
    expect((await fresh.db.collaboration.findUniqueOrThrow({ where: { id: f.id } })).status).toBe("PLAN_ACTIVE");
  });
});

describe("information to the network, only under the family's consent", () => {
  it("refuses a party the consent does not cover, and shares with one it covers as a logged disclosure", async () => {
    const f = await family();
    const share = (over: Record<string, unknown> = {}) => runSecureAction(shareInformationAction, as(responsible), { collaborationId: f.id, recipientUserId: recipient.id, channel: "EMAIL_LINK", ...over });

    // No consent to share at all.
    expect(await share()).toMatchObject({ ok: false, status: 400, fieldErrors: { recipientUserId: "sharingNotCovered" } });
    // A consent that allows sharing, but with someone else.
    const consent = await runSecureAction(recordConsentAction, as(chair), consentInput(f.id, f.guardians[0]!.id, { mayShareInformation: true, recipientUserIds: [colleague.id] }));
    expect(consent.ok).toBe(true);
    expect(await share()).toMatchObject({ ok: false, fieldErrors: { recipientUserId: "sharingNotCovered" } });
    expect(await fresh.db.informationShare.count({ where: { collaborationId: f.id } })).toBe(0);
    expect(await fresh.db.auditEvent.count({ where: { collaborationId: f.id, kind: "DISCLOSURE" } })).toBe(0);

    // The covered party: by e-mail link (through the outbox, in their language, no family details)…
    const byMail = await runSecureAction(shareInformationAction, as(responsible), { collaborationId: f.id, recipientUserId: colleague.id, channel: "EMAIL_LINK" });
    expect(byMail.ok).toBe(true);
    const mail = await fresh.db.emailOutbox.findFirstOrThrow({ where: { toAddress: colleague.email } });
    expect(mail.locale).toBe("sv");
    expect(mail.textBody).toContain(`/families/${f.id}/plan/versions/1`);
    expect(mail.textBody).not.toContain(f.guardians[0]!.lastName);
    expect(mail.textBody).not.toContain("Iltarutiini");
    // …or as a notification in the product.
    const inApp = await runSecureAction(shareInformationAction, as(responsible), { collaborationId: f.id, recipientUserId: colleague.id, channel: "IN_APP" });
    expect(inApp.ok).toBe(true);
    const note = await fresh.db.notification.findFirstOrThrow({ where: { userId: colleague.id, kind: "PLAN_SHARED" } });
    expect(note.link).toBe(`/families/${f.id}/plan/versions/1`);
    expect((await runSecureAction(markNotificationReadAction, as(stranger), { notificationId: note.id })).ok).toBe(false);
    expect((await runSecureAction(markNotificationReadAction, as(colleague), { notificationId: note.id })).ok).toBe(true);

    const shares = await fresh.db.informationShare.findMany({ where: { collaborationId: f.id }, orderBy: { createdAt: "asc" } });
    expect(shares.map((s) => [s.recipientUserId, s.channel, s.planVersionId])).toEqual([
      [colleague.id, "EMAIL_LINK", f.versionId],
      [colleague.id, "IN_APP", f.versionId],
    ]);
    const disclosures = await fresh.db.auditEvent.findMany({ where: { collaborationId: f.id, kind: "DISCLOSURE", action: "followUp.share" } });
    expect(disclosures).toHaveLength(2);
    expect(disclosures.every((d) => d.recipient === colleague.id && d.actorId === responsible.id)).toBe(true);
  });

  it("stops sharing once the consent is withdrawn", async () => {
    const f = await family();
    const consent = await runSecureAction(recordConsentAction, as(chair), consentInput(f.id, f.guardians[0]!.id, { mayShareInformation: true, recipientUserIds: [recipient.id] }));
    if (!consent.ok) throw new Error("fixture");
    expect((await runSecureAction(shareInformationAction, as(responsible), { collaborationId: f.id, recipientUserId: recipient.id, channel: "IN_APP" })).ok).toBe(true);
    await fresh.db.consent.update({ where: { id: consent.data.id }, data: { withdrawnAt: new Date(), withdrawnById: chair.id } });
    expect(await runSecureAction(shareInformationAction, as(responsible), { collaborationId: f.id, recipientUserId: recipient.id, channel: "IN_APP" })).toMatchObject({ ok: false, fieldErrors: { recipientUserId: "sharingNotCovered" } });
    expect(await fresh.db.informationShare.count({ where: { collaborationId: f.id } })).toBe(1);
  });
});

describe("follow-up meeting", () => {
  it("is arranged by the responsible worker through the convening flow and chaired by them, star against the earlier review", async () => {
    const team = await buildTeam(fresh.db, org.area.id, ["PSYCHOLOGIST"]);
    const f = await family();
    await runSecureAction(recordConsentAction, as(chair), consentInput(f.id, f.guardians[0]!.id));
    const when = futureWeekday(20, 13);
    const input = { collaborationId: f.id, teamMemberIds: [team.members[0]!.id], mode: "IN_PERSON", durationMinutes: 60, familyAttendees: 1, ...when, roomId: org.room.id, onlineUrl: "", kind: "FOLLOW_UP" };
    // Not the responsible worker: 404; the owner's JOINT-only route is not widened.
    expect(await runSecureAction(createMeetingAction, as(stranger), input)).toMatchObject({ ok: false, status: 404 });
    expect(await runSecureAction(createMeetingAction, as(responsible), { ...input, kind: "JOINT" })).toMatchObject({ ok: false, status: 404 });
    const r = await runSecureAction(createMeetingAction, as(responsible), input);
    if (!r.ok) throw new Error(JSON.stringify(r));
    const meeting = await fresh.db.jointMeeting.findUniqueOrThrow({ where: { id: r.data.id } });
    expect(meeting).toMatchObject({ kind: "FOLLOW_UP", organizerId: responsible.id });
    // The plan's follow-up goes on meanwhile.
    expect((await fresh.db.collaboration.findUniqueOrThrow({ where: { id: f.id } })).status).toBe("PLAN_ACTIVE");
    // The responsible worker chairs it: the star may be recorded, drawn against the joint meeting's review.
    await expect(requireMeetingChair(fresh.db, responsible, meeting.id)).resolves.toMatchObject({ meeting: { id: meeting.id } });
    await expect(requireMeetingChair(fresh.db, stranger, meeting.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const template = await buildStarTemplate(fresh.db);
    const joint = await fresh.db.jointMeeting.create({ data: { collaborationId: f.id, municipalityId: org.municipality.id, areaId: org.area.id, kind: "JOINT", status: "HELD", startsAt: new Date(Date.now() - 30 * DAY), endsAt: new Date(Date.now() - 30 * DAY + 5_400_000), organizerId: chair.id, icsUid: `joint-${f.id}` } });
    await fresh.db.starReview.create({ data: { collaborationId: f.id, meetingId: joint.id, templateId: template.id, recordedById: chair.id, createdAt: joint.startsAt } });
    const star = await starPageData(fresh.db, responsible, f.id, meeting.id);
    expect(star.canEdit).toBe(true);
    expect(star.earlier.map((e) => e.meeting?.id)).toEqual([joint.id]);

    // Cancelling the follow-up meeting leaves the plan's follow-up as it was (not back to convening).
    expect(await runSecureAction(cancelMeetingAction, as(responsible), { meetingId: meeting.id })).toMatchObject({ ok: true });
    expect((await fresh.db.collaboration.findUniqueOrThrow({ where: { id: f.id } })).status).toBe("PLAN_ACTIVE");
  });
});

describe("handover", () => {
  it("moves the responsibility with the family's agreement; the old worker loses access, the history shows who was responsible when", async () => {
    const f = await family([responsible, partner]);
    expect((await runSecureAction(handOverAction, as(responsible), { collaborationId: f.id, toUserId: colleague.id, familyAgreed: false, familyAgreement: "Sovittu." })).ok).toBe(false);
    expect(await runSecureAction(handOverAction, as(responsible), { collaborationId: f.id, toUserId: coordinator.id, familyAgreed: true, familyAgreement: "Sovittu." })).toMatchObject({ ok: false, fieldErrors: { toUserId: "notProfessional" } });
    expect(await runSecureAction(handOverAction, as(responsible), { collaborationId: f.id, toUserId: partner.id, familyAgreed: true, familyAgreement: "Sovittu." })).toMatchObject({ ok: false, fieldErrors: { toUserId: "alreadyResponsible" } });
    expect(await fresh.db.responsibleWorker.count({ where: { collaborationId: f.id, endedAt: { not: null } } })).toBe(0);

    const r = await runSecureAction(handOverAction, as(responsible), { collaborationId: f.id, toUserId: colleague.id, familyAgreed: true, familyAgreement: "Äiti toivoi kuraattoria, sovittu puhelimessa." });
    expect(r.ok).toBe(true);
    const history = await fresh.db.responsibleWorker.findMany({ where: { collaborationId: f.id }, orderBy: { startedAt: "asc" } });
    expect(history.map((h) => [h.userId, h.slot, h.endedAt === null])).toEqual(
      expect.arrayContaining([
        [responsible.id, 1, false],
        [partner.id, 2, true],
        [colleague.id, 1, true],
      ]),
    );
    expect(history.find((h) => h.userId === colleague.id)?.familyAgreement).toBe("Äiti toivoi kuraattoria, sovittu puhelimessa.");
    // The old worker: no follow-up, no plan editing, no membership, not on their list.
    await expect(followUpPageData(fresh.db, responsible, f.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await runSecureAction(recordContactAction, as(responsible), contactInput(f.id))).toMatchObject({ ok: false, status: 404 });
    expect(await runSecureAction(savePlanDraftAction, as(responsible), { collaborationId: f.id, version: 1, thingsNeedingChange: "", actions: [], followUpWorkerToFamily: "", followUpFamilyToWorker: "", nextContactAt: "" })).toMatchObject({ ok: false, status: 404 });
    expect(await fresh.db.collaborationMember.count({ where: { collaborationId: f.id, userId: responsible.id, removedAt: null } })).toBe(0);
    expect((await listMyFollowUps(fresh.db, responsible)).map((x) => x.id)).not.toContain(f.id);
    // The new worker has it all, and was told.
    expect((await listMyFollowUps(fresh.db, colleague)).map((x) => x.id)).toContain(f.id);
    expect((await runSecureAction(recordContactAction, as(colleague), contactInput(f.id))).ok).toBe(true);
    expect(await fresh.db.notification.count({ where: { userId: colleague.id, kind: "HANDOVER", link: `/follow-up/${f.id}` } })).toBe(1);
    expect(await fresh.db.auditEvent.count({ where: { collaborationId: f.id, action: "followUp.handover" } })).toBe(1);
  });
});

describe("closing", () => {
  it("records the reason and summary, makes the collaboration read-only and takes it off the active lists; reopening is logged", async () => {
    const f = await family();
    const consent = await runSecureAction(recordConsentAction, as(chair), consentInput(f.id, f.guardians[0]!.id, { mayShareInformation: true, recipientUserIds: [recipient.id] }));
    expect(consent.ok).toBe(true);
    expect(await runSecureAction(closeCollaborationAction, as(responsible), { collaborationId: f.id, reason: "BORED", summary: "x" })).toMatchObject({ ok: false, fieldErrors: { reason: "invalidChoice" } });
    expect(await runSecureAction(closeCollaborationAction, as(responsible), { collaborationId: f.id, reason: "GOALS_REACHED", summary: "" })).toMatchObject({ ok: false, fieldErrors: { summary: "required" } });
    const closed = await runSecureAction(closeCollaborationAction, as(responsible), { collaborationId: f.id, reason: "GOALS_REACHED", summary: "Perheen arki sujuu: aamut ja illat rauhoittuneet." });
    expect(closed.ok).toBe(true);
    expect(await fresh.db.collaboration.findUniqueOrThrow({ where: { id: f.id } })).toMatchObject({ status: "CLOSED", closureReason: "GOALS_REACHED", closureSummary: "Perheen arki sujuu: aamut ja illat rauhoittuneet." });

    // Read-only: every change is refused with the clear "closed" message, and nothing changes.
    const refused = { ok: false, status: 403, fieldErrors: { _form: "collaborationClosed" } };
    expect(await runSecureAction(recordContactAction, as(responsible), contactInput(f.id))).toMatchObject(refused);
    expect(await runSecureAction(updateActionStatusAction, as(responsible), { collaborationId: f.id, actionId: f.actions[0]!.id, status: "DONE", note: "" })).toMatchObject(refused);
    expect(await runSecureAction(shareInformationAction, as(responsible), { collaborationId: f.id, recipientUserId: recipient.id, channel: "IN_APP" })).toMatchObject(refused);
    expect(await runSecureAction(handOverAction, as(responsible), { collaborationId: f.id, toUserId: colleague.id, familyAgreed: true, familyAgreement: "x" })).toMatchObject(refused);
    expect(await runSecureAction(closeCollaborationAction, as(responsible), { collaborationId: f.id, reason: "MOVED_AWAY", summary: "x" })).toMatchObject(refused);
    expect(await runSecureAction(savePlanDraftAction, as(responsible), { collaborationId: f.id, version: 1, thingsNeedingChange: "", actions: [], followUpWorkerToFamily: "", followUpFamilyToWorker: "", nextContactAt: "" })).toMatchObject({ ok: false, status: 403 });
    expect(await fresh.db.contactLogEntry.count({ where: { collaborationId: f.id } })).toBe(0);
    expect(await fresh.db.informationShare.count({ where: { collaborationId: f.id } })).toBe(0);
    expect((await fresh.db.planAction.findUniqueOrThrow({ where: { id: f.actions[0]!.id } })).status).toBe("NOT_STARTED");
    // Still readable to the responsible worker, but off everyone's active lists and the digest.
    expect((await followUpPageData(fresh.db, responsible, f.id)).closed).toBe(true);
    expect((await listMyFollowUps(fresh.db, responsible)).map((x) => x.id)).not.toContain(f.id);
    expect((await listMyCollaborations(fresh.db, chair)).map((x) => x.id)).not.toContain(f.id);

    // Reopening says why; without a reason it is refused next to the field, and nothing changes.
    expect(await runSecureAction(reopenCollaborationAction, as(responsible), { collaborationId: f.id, reason: "  " })).toMatchObject({ ok: false, fieldErrors: { reason: "required" } });
    expect(await runSecureAction(reopenCollaborationAction, as(responsible), { collaborationId: f.id, reason: "<b>x</b>" })).toMatchObject({ ok: false, fieldErrors: { reason: expect.any(String) } });
    expect((await fresh.db.collaboration.findUniqueOrThrow({ where: { id: f.id } })).status).toBe("CLOSED");
    expect(await runSecureAction(reopenCollaborationAction, as(stranger), { collaborationId: f.id, reason: "Perhe pyysi apua uudelleen." })).toMatchObject({ ok: false, status: 404 });
    const reopened = await runSecureAction(reopenCollaborationAction, as(responsible), { collaborationId: f.id, reason: "Perhe pyysi apua uudelleen." });
    expect(reopened.ok).toBe(true);
    const c = await fresh.db.collaboration.findUniqueOrThrow({ where: { id: f.id } });
    expect(c.status).toBe("PLAN_ACTIVE");
    expect(c.reopenedAt).not.toBeNull();
    expect(c.reopenReason).toBe("Perhe pyysi apua uudelleen.");
    // The audit event says that it happened, not the worker's words.
    const audit = await fresh.db.auditEvent.findFirstOrThrow({ where: { collaborationId: f.id, action: "collaboration.reopen" } });
    expect(JSON.stringify(audit.details)).not.toContain("Perhe pyysi");
    expect(await fresh.db.auditEvent.count({ where: { collaborationId: f.id, action: { in: ["collaboration.close", "collaboration.reopen"] } } })).toBe(2);
    expect((await listMyFollowUps(fresh.db, responsible)).map((x) => x.id)).toContain(f.id);
    expect(await runSecureAction(reopenCollaborationAction, as(responsible), { collaborationId: f.id, reason: "Uudelleen." })).toMatchObject({ ok: false, fieldErrors: { _form: "notClosed" } });
  });

  it("cancels the meetings still ahead, frees their rooms and sends each person invited a cancellation, in one step", async () => {
    const team = await buildTeam(fresh.db, org.area.id, ["PSYCHOLOGIST"]);
    const f = await family();
    await runSecureAction(recordConsentAction, as(chair), consentInput(f.id, f.guardians[0]!.id));
    const input = { collaborationId: f.id, teamMemberIds: [team.members[0]!.id], mode: "IN_PERSON", durationMinutes: 60, familyAttendees: 1, ...futureWeekday(22, 9), roomId: org.room.id, onlineUrl: "", kind: "FOLLOW_UP" };
    const booked = await runSecureAction(createMeetingAction, as(responsible), input);
    if (!booked.ok) throw new Error(JSON.stringify(booked));
    // A meeting already held stays as it was.
    const held = await fresh.db.jointMeeting.create({ data: { collaborationId: f.id, municipalityId: org.municipality.id, areaId: org.area.id, kind: "JOINT", status: "HELD", startsAt: new Date(Date.now() - 30 * DAY), endsAt: new Date(Date.now() - 30 * DAY + 5_400_000), organizerId: chair.id, icsUid: `held-${f.id}` } });

    const closed = await runSecureAction(closeCollaborationAction, as(responsible), { collaborationId: f.id, reason: "MOVED_AWAY", summary: "Perhe muutti toiselle paikkakunnalle." });
    expect(closed).toMatchObject({ ok: true, data: { cancelledMeetings: 1 } });
    const meeting = await fresh.db.jointMeeting.findUniqueOrThrow({ where: { id: booked.data.id }, include: { roomBooking: true, invitations: true } });
    expect(meeting.status).toBe("CANCELLED");
    expect(meeting.roomBooking?.cancelledAt).not.toBeNull();
    expect(meeting.invitations.map((i) => i.status)).toEqual(["CANCELLED"]);
    const mails = await fresh.db.emailOutbox.findMany({ where: { toAddress: team.members[0]!.user.email }, orderBy: { createdAt: "asc" } });
    expect(mails.map((m) => /METHOD:(\w+)/.exec(m.icsContent ?? "")?.[1])).toEqual(["REQUEST", "CANCEL"]);
    expect((await fresh.db.jointMeeting.findUniqueOrThrow({ where: { id: held.id } })).status).toBe("HELD");
    expect((await fresh.db.auditEvent.findFirstOrThrow({ where: { collaborationId: f.id, action: "collaboration.close" } })).details).toMatchObject({ cancelledMeetings: 1 });
  });
});

describe("the morning digest", () => {
  it("queues one mail per worker per Helsinki day with links only, in the worker's language, however often it runs", async () => {
    const now = new Date("2031-05-12T04:30:00Z"); // 7.30 Helsinki
    const fiWorker = session(await buildUser(fresh.db, { roles: ["TEAM_MEMBER"], unitId: org.unit.id, locale: "fi" }));
    const enWorker = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id, locale: "en" }));
    const quiet = session(await buildUser(fresh.db, { roles: ["TEAM_MEMBER"], unitId: org.unit.id }));
    const dueToday = await family([fiWorker, enWorker], { nextContactAt: new Date("2031-05-12T20:30:00Z") }); // 23.30 today
    const overdue = await family([fiWorker], { nextContactAt: new Date("2031-05-09T08:00:00Z") });
    const tomorrow = await family([fiWorker, quiet], { nextContactAt: new Date("2031-05-12T21:00:00Z") }); // 00.00 tomorrow
    const closed = await family([enWorker], { nextContactAt: new Date("2031-05-10T08:00:00Z") });
    await fresh.db.collaboration.update({ where: { id: closed.id }, data: { status: "CLOSED", closedAt: now } });

    const first = await queueFollowUpDigests(fresh.db, now);
    expect(first.day).toBe("2031-05-12");
    const mails = await fresh.db.emailOutbox.findMany({ where: { dedupeKey: { startsWith: "followup-digest:" }, toAddress: { in: [fiWorker.email, enWorker.email, quiet.email] } } });
    expect(mails.map((m) => m.toAddress).sort()).toEqual([fiWorker.email, enWorker.email].sort());
    const fiMail = mails.find((m) => m.toAddress === fiWorker.email)!;
    expect(fiMail.dedupeKey).toBe(digestKey(fiWorker.id, "2031-05-12"));
    expect(fiMail.locale).toBe("fi");
    expect(fiMail.subject).toContain("12.5.2031");
    expect(fiMail.textBody).toContain(`/follow-up/${dueToday.id}`);
    expect(fiMail.textBody).toContain(`/follow-up/${overdue.id}`);
    expect(fiMail.textBody).not.toContain(`/follow-up/${tomorrow.id}`);
    for (const g of [...dueToday.guardians, ...overdue.guardians]) expect(fiMail.textBody).not.toContain(g.lastName);
    expect(fiMail.textBody).not.toContain("Iltarutiini");
    const enMail = mails.find((m) => m.toAddress === enWorker.email)!;
    expect(enMail.locale).toBe("en");
    expect(enMail.textBody).toContain("Good morning");
    expect(enMail.textBody).not.toContain(`/follow-up/${closed.id}`);

    // Run again the same day (cron and the scheduler both, later in the day): nothing more.
    const again = await queueFollowUpDigests(fresh.db, new Date("2031-05-12T15:00:00Z"));
    expect(again.queued).toBe(0);
    await Promise.all([queueFollowUpDigests(fresh.db, now), queueFollowUpDigests(fresh.newClient(), now)]);
    expect(await fresh.db.emailOutbox.count({ where: { dedupeKey: digestKey(fiWorker.id, "2031-05-12") } })).toBe(1);
    // The next Helsinki day (from its midnight) is a new digest.
    const next = await queueFollowUpDigests(fresh.db, new Date("2031-05-12T21:00:00Z"));
    expect(next.day).toBe("2031-05-13");
    expect(await fresh.db.emailOutbox.count({ where: { dedupeKey: digestKey(quiet.id, "2031-05-13") } })).toBe(1);
  });

  it("is due in the morning from the configured hour, Helsinki time", () => {
    expect(digestDue(new Date("2031-05-12T03:59:00Z"), 7)).toBe(false); // 6.59 EEST
    expect(digestDue(new Date("2031-05-12T04:00:00Z"), 7)).toBe(true);
    expect(digestDue(new Date("2031-01-12T04:59:00Z"), 7)).toBe(false); // 6.59 EET
    expect(digestDue(new Date("2031-01-12T05:00:00Z"), 7)).toBe(true);
  });
});
