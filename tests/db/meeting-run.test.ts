// Running the joint meeting (DOMAIN.md flow step 3): the chair opens it when it starts, records who
// came in the introduction round, and completing it publishes the plan agreed in the meeting, marks
// the meeting held and moves the family to follow-up with its responsible worker — all or nothing.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSecureAction } from "@/lib/actions/secure-action.ts";
import { completeMeetingAction, recordAttendanceAction, startMeetingAction } from "@/lib/meetings/run-actions.ts";
import { getMeetingRunView } from "@/lib/meetings/meeting-run-view.ts";
import { nameResponsibleWorkersAction, savePlanDraftAction } from "@/lib/plans/actions.ts";
import { toHelsinkiWallClock } from "@/lib/time/helsinki-wall-clock.ts";
import type { SessionUser } from "@/lib/auth/session-user.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { buildCollaboration, buildMeeting, buildOrganisation, buildUser } from "../fixtures/builders.ts";

let fresh: FreshDatabase;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let chair: SessionUser;
let psychologist: SessionUser;
let stranger: SessionUser;

const session = (u: { id: string; name: string; email: string; roles: SessionUser["roles"]; locale: SessionUser["locale"] }): SessionUser => ({ id: u.id, name: u.name, email: u.email, roles: u.roles, locale: u.locale });
const as = (user: SessionUser) => ({ db: fresh.db, user });
const MINUTE = 60_000;
const DAY = 86_400_000;

beforeAll(async () => {
  fresh = await freshDatabase();
  org = await buildOrganisation(fresh.db);
  chair = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id, name: "Liisa Lähinen" }));
  psychologist = session(await buildUser(fresh.db, { roles: ["TEAM_MEMBER"], unitId: org.unit.id, name: "Pekka Psykologi" }));
  stranger = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id }));
});
afterAll(() => fresh?.close());

/** A family with a joint meeting starting `startsInMinutes` from now, the psychologist invited. */
async function meetingSoon(startsInMinutes = 5) {
  const c = await buildCollaboration(fresh.db, chair, { id: org.area.id, municipalityId: org.municipality.id });
  const m = await buildMeeting(fresh.db, c.id, chair, { startsAt: new Date(Date.now() + startsInMinutes * MINUTE) });
  await fresh.db.invitation.create({ data: { meetingId: m.id, userId: psychologist.id, status: "ACCEPTED", expertise: "PSYCHOLOGIST" } });
  await fresh.db.collaborationMember.create({ data: { collaborationId: c.id, userId: psychologist.id, role: "INVITED" } });
  const family = await fresh.db.family.findUniqueOrThrow({ where: { id: c.familyId }, select: { guardians: { select: { id: true } }, children: { select: { id: true } } } });
  return { c, m, guardianId: family.guardians[0]!.id, childId: family.children[0]!.id };
}

function attendance(meetingId: string, guardianId: string, childId: string, overrides: Record<string, unknown> = {}) {
  return {
    meetingId,
    professionals: [
      { userId: chair.id, attended: true },
      { userId: psychologist.id, attended: true },
    ],
    guardians: [{ guardianId, attended: true }],
    children: [{ childId, attended: false }],
    others: [{ name: "Maija Virtanen, tulkki" }],
    ...overrides,
  };
}

function completePlan(collaborationId: string, version: number) {
  const next = toHelsinkiWallClock(new Date(Date.now() + 14 * DAY));
  return {
    collaborationId,
    version,
    thingsNeedingChange: "Aamut ovat riitaisia.",
    actions: [{ actionId: randomUUID(), setting: "HOME", description: "Sama herätysaika joka aamu", who: "Vanhemmat", dueDate: "", place: "" }],
    followUpWorkerToFamily: "Soitan äidille joka toinen tiistai.",
    followUpFamilyToWorker: "Äiti soittaa arkisin klo 8–16.",
    nextContactAt: `${next.date}T${next.time}`,
  };
}

describe("opening the meeting", () => {
  it("opens a meeting that starts within the hour, once, with an audit event", async () => {
    const { c, m } = await meetingSoon(30);
    const r = await runSecureAction(startMeetingAction, as(chair), { meetingId: m.id });
    expect(r.ok).toBe(true);
    const again = await runSecureAction(startMeetingAction, as(chair), { meetingId: m.id });
    expect(again.ok).toBe(true);
    expect(await fresh.db.jointMeeting.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ status: "IN_PROGRESS" });
    expect(await fresh.db.auditEvent.count({ where: { action: "meeting.start", collaborationId: c.id } })).toBe(1);
  });

  it("refuses a meeting that is more than an hour away, and a cancelled one", async () => {
    const { m } = await meetingSoon(3 * 60);
    expect(await runSecureAction(startMeetingAction, as(chair), { meetingId: m.id })).toMatchObject({ ok: false, fieldErrors: { _form: "meetingNotYet" } });
    await fresh.db.jointMeeting.update({ where: { id: m.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    expect(await runSecureAction(startMeetingAction, as(chair), { meetingId: m.id })).toMatchObject({ ok: false, fieldErrors: { _form: "meetingCancelled" } });
  });

  it("is the chair's: an invited professional and a stranger get 404 and nothing changes", async () => {
    const { m } = await meetingSoon();
    for (const user of [psychologist, stranger]) {
      expect(await runSecureAction(startMeetingAction, as(user), { meetingId: m.id })).toMatchObject({ ok: false, status: 404 });
    }
    expect(await runSecureAction(startMeetingAction, as(chair), { meetingId: randomUUID() })).toMatchObject({ ok: false, status: 404 });
    expect(await fresh.db.jointMeeting.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ status: "SCHEDULED", startedAt: null });
  });
});

describe("the introduction round", () => {
  it("records who came, by reference, and can be corrected", async () => {
    const { m, guardianId, childId } = await meetingSoon();
    await runSecureAction(startMeetingAction, as(chair), { meetingId: m.id });
    expect(await runSecureAction(recordAttendanceAction, as(chair), attendance(m.id, guardianId, childId))).toMatchObject({ ok: true, data: { present: 4 } });
    expect(await runSecureAction(recordAttendanceAction, as(chair), attendance(m.id, guardianId, childId, { children: [{ childId, attended: true }], others: [] }))).toMatchObject({ ok: true, data: { present: 4 } });
    const rows = await fresh.db.attendance.findMany({ where: { meetingId: m.id }, orderBy: { kind: "asc" } });
    expect(rows.map((r) => [r.kind, r.attended]).sort()).toEqual([["CHILD", true], ["GUARDIAN", true], ["PROFESSIONAL", true], ["PROFESSIONAL", true]]);
    expect(rows.find((r) => r.kind === "CHILD")).toMatchObject({ childId, name: "Eetu" });
  });

  it("is recorded only while the meeting is open", async () => {
    const { m, guardianId, childId } = await meetingSoon();
    expect(await runSecureAction(recordAttendanceAction, as(chair), attendance(m.id, guardianId, childId))).toMatchObject({ ok: false, fieldErrors: { _form: "meetingNotStarted" } });
    expect(await fresh.db.attendance.count({ where: { meetingId: m.id } })).toBe(0);
  });

  it("refuses people who do not belong to this meeting or family, writing nothing", async () => {
    const { m, guardianId, childId } = await meetingSoon();
    const other = await meetingSoon();
    await runSecureAction(startMeetingAction, as(chair), { meetingId: m.id });
    const forged = attendance(m.id, other.guardianId, childId, { professionals: [{ userId: stranger.id, attended: true }] });
    const r = await runSecureAction(recordAttendanceAction, as(chair), forged);
    expect(r).toMatchObject({ ok: false, status: 400, fieldErrors: { "professionals.0.userId": "invalidChoice", "guardians.0.guardianId": "invalidChoice" } });
    expect(await fresh.db.attendance.count({ where: { meetingId: m.id } })).toBe(0);
    expect(guardianId).not.toBe(other.guardianId);
  });

  it("gives a translated field error for an over-long or marked-up name of another person present", async () => {
    const { m, guardianId, childId } = await meetingSoon();
    await runSecureAction(startMeetingAction, as(chair), { meetingId: m.id });
    const r = await runSecureAction(recordAttendanceAction, as(chair), attendance(m.id, guardianId, childId, { others: [{ name: "x".repeat(121) }, { name: "<b>Mummo</b>" }] }));
    expect(r).toMatchObject({ ok: false, fieldErrors: { "others.0.name": "tooLong:120", "others.1.name": "invalidText" } });
  });
});

describe("completing the meeting", () => {
  it("lists what is missing and changes nothing while the plan is incomplete", async () => {
    const { c, m } = await meetingSoon();
    await runSecureAction(startMeetingAction, as(chair), { meetingId: m.id });
    const r = await runSecureAction(completeMeetingAction, as(chair), { meetingId: m.id });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fieldErrors).toMatchObject({ attendance: "attendanceMissing", "plan.thingsNeedingChange": "required", "plan.actions": "atLeastOneAction", "plan.nextContactAt": "required", "plan.responsibleWorkers": "responsibleRequired" });
    expect(await fresh.db.jointMeeting.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ status: "IN_PROGRESS", completedAt: null });
    expect(await fresh.db.jointPlanVersion.count({ where: { plan: { collaborationId: c.id } } })).toBe(0);
  });

  it("needs the family's responsible worker before publishing", async () => {
    const { c, m, guardianId, childId } = await meetingSoon();
    await runSecureAction(startMeetingAction, as(chair), { meetingId: m.id });
    await runSecureAction(recordAttendanceAction, as(chair), attendance(m.id, guardianId, childId));
    expect(await runSecureAction(savePlanDraftAction, as(chair), completePlan(c.id, 0))).toMatchObject({ ok: true });
    const r = await runSecureAction(completeMeetingAction, as(chair), { meetingId: m.id });
    expect(r).toMatchObject({ ok: false, fieldErrors: { "plan.responsibleWorkers": "responsibleRequired" } });
    expect(await fresh.db.jointPlanVersion.count({ where: { plan: { collaborationId: c.id } } })).toBe(0);
  });

  it("publishes the autosaved plan, marks the meeting held and moves the family to follow-up", async () => {
    const { c, m, guardianId, childId } = await meetingSoon();
    await runSecureAction(startMeetingAction, as(chair), { meetingId: m.id });
    await runSecureAction(recordAttendanceAction, as(chair), attendance(m.id, guardianId, childId));
    await runSecureAction(savePlanDraftAction, as(chair), completePlan(c.id, 0));
    expect(await runSecureAction(nameResponsibleWorkersAction, as(chair), { collaborationId: c.id, userIds: [psychologist.id], namedByFamily: true, familyAgreement: "" })).toMatchObject({ ok: true });

    const r = await runSecureAction(completeMeetingAction, as(chair), { meetingId: m.id });
    expect(r).toMatchObject({ ok: true, data: { versionNumber: 1, meetingId: m.id } });
    expect(await fresh.db.jointMeeting.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ status: "HELD" });
    expect(await fresh.db.collaboration.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "PLAN_ACTIVE" });
    const version = await fresh.db.jointPlanVersion.findFirstOrThrow({ where: { plan: { collaborationId: c.id } } });
    expect(version).toMatchObject({ versionNumber: 1, meetingId: m.id, publishedById: chair.id });
    // The responsible worker's assignment is stored and is what the follow-up builds on.
    expect(await fresh.db.responsibleWorker.findMany({ where: { collaborationId: c.id, endedAt: null }, select: { userId: true } })).toEqual([{ userId: psychologist.id }]);
    expect(await fresh.db.auditEvent.count({ where: { action: "meeting.complete", collaborationId: c.id } })).toBe(1);

    // Completed once: a second click is refused and makes no second version.
    expect(await runSecureAction(completeMeetingAction, as(chair), { meetingId: m.id })).toMatchObject({ ok: false, fieldErrors: { _form: "meetingAlreadyHeld" } });
    expect(await fresh.db.jointPlanVersion.count({ where: { plan: { collaborationId: c.id } } })).toBe(1);
  });

  it("is the chair's alone", async () => {
    const { m } = await meetingSoon();
    await runSecureAction(startMeetingAction, as(chair), { meetingId: m.id });
    expect(await runSecureAction(completeMeetingAction, as(psychologist), { meetingId: m.id })).toMatchObject({ ok: false, status: 404 });
  });
});

describe("the chair's meeting view", () => {
  it("is the chair's, is logged as a read, and shows progress", async () => {
    const { c, m, guardianId, childId } = await meetingSoon();
    await runSecureAction(startMeetingAction, as(chair), { meetingId: m.id });
    await runSecureAction(recordAttendanceAction, as(chair), attendance(m.id, guardianId, childId));
    const view = await getMeetingRunView(fresh.db, chair, c.id, m.id);
    expect(view.progress).toMatchObject({ welcome: true, star: false, plan: false, responsible: false });
    expect(view.invitations.map((i) => i.user.id)).toEqual([psychologist.id]);
    expect(await fresh.db.auditEvent.count({ where: { action: "meeting.read", collaborationId: c.id, actorId: chair.id } })).toBe(1);
    await expect(getMeetingRunView(fresh.db, psychologist, c.id, m.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const other = await meetingSoon();
    await expect(getMeetingRunView(fresh.db, chair, other.c.id, m.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
