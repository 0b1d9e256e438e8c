// From a worry to a booked joint meeting: consent gating, booking, invitations, answers, changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSecureAction } from "@/lib/actions/secure-action.ts";
import { createCollaborationAction, recordConcernAction } from "@/lib/collaborations/actions.ts";
import { recordConsentAction, withdrawConsentAction } from "@/lib/consents/actions.ts";
import { cancelMeetingAction, createMeetingAction, proposeSlotsAction, rescheduleMeetingAction, respondToInvitationAction } from "@/lib/meetings/actions.ts";
import type { SessionUser } from "@/lib/auth/session-user.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { buildOrganisation, buildTeam, buildUser, consentInput, futureWeekday, newCollaborationInput } from "../fixtures/builders.ts";

let fresh: FreshDatabase;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let team: Awaited<ReturnType<typeof buildTeam>>;
let worker: SessionUser;
let otherWorker: SessionUser;

const session = (u: { id: string; name: string; email: string; roles: SessionUser["roles"]; locale: SessionUser["locale"] }): SessionUser => ({ id: u.id, name: u.name, email: u.email, roles: u.roles, locale: u.locale });
const as = (user: SessionUser | null) => ({ db: fresh.db, user });

beforeAll(async () => {
  fresh = await freshDatabase();
  org = await buildOrganisation(fresh.db);
  team = await buildTeam(fresh.db, org.area.id, ["PSYCHOLOGIST", "FAMILY_WORKER", "SPEECH_THERAPIST"]);
  worker = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id }));
  otherWorker = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id }));
});
afterAll(() => fresh?.close());

/** A collaboration with two guardians; consent from each unless told otherwise. */
async function family(opts: { consent?: "both" | "one" | "none"; expertise?: string[] } = {}) {
  const r = await runSecureAction(
    createCollaborationAction,
    as(worker),
    newCollaborationInput({
      guardians: [
        { firstName: "Maija", lastName: "Korhonen", phone: "", email: "", language: "fi" },
        { firstName: "Jari", lastName: "Korhonen", phone: "", email: "", language: "fi" },
      ],
    }),
  );
  if (!r.ok) throw new Error("fixture");
  const guardians = await fresh.db.guardian.findMany({ where: { family: { collaborations: { some: { id: r.data.id } } } }, orderBy: { firstName: "asc" } });
  const which = opts.consent ?? "both";
  for (const g of which === "none" ? [] : which === "one" ? guardians.slice(0, 1) : guardians) {
    const c = await runSecureAction(recordConsentAction, as(worker), consentInput(r.data.id, g.id, opts.expertise ? { invitableExpertise: opts.expertise } : {}));
    if (!c.ok) throw new Error(`consent fixture: ${JSON.stringify(c)}`);
  }
  return { id: r.data.id, guardians };
}

function schedule(collaborationId: string, overrides: Record<string, unknown> = {}) {
  return {
    collaborationId,
    teamMemberIds: [team.members[0]!.id, team.members[1]!.id],
    mode: "IN_PERSON",
    durationMinutes: 90,
    familyAttendees: 2,
    ...futureWeekday(7, 10),
    roomId: org.room.id,
    onlineUrl: "",
    ...overrides,
  };
}

describe("puheeksiotto", () => {
  it("records the family's own wishes (required) and the Lapset puheeksi outcome", async () => {
    const { id } = await family({ consent: "none" });
    const base = {
      collaborationId: id,
      entryRoute: "NETWORK_WORKER",
      lapsetPuheeksiHeld: true,
      strengthsHome: "Lämmin arki",
      vulnerabilitiesHome: "Väsymys iltaisin",
      strengthsEcecSchool: "",
      vulnerabilitiesEcecSchool: "",
      strengthsFreeTime: "",
      vulnerabilitiesFreeTime: "",
      concernZone: "GREY",
      situationMapping: "",
      familyWishes: "",
      meetingTopics: "",
      needIdentifiedTogether: true,
    };
    const missing = await runSecureAction(recordConcernAction, as(worker), base);
    expect(missing).toMatchObject({ ok: false, status: 400, fieldErrors: { familyWishes: "required" } });
    const ok = await runSecureAction(recordConcernAction, as(worker), { ...base, familyWishes: "Toivomme apua iltojen rauhoittamiseen." });
    expect(ok.ok).toBe(true);
    const c = await fresh.db.collaboration.findUniqueOrThrow({ where: { id } });
    expect(c).toMatchObject({ familyWishes: "Toivomme apua iltojen rauhoittamiseen.", concernZone: "GREY", lapsetPuheeksiHeld: true, strengthsHome: "Lämmin arki", needIdentifiedTogether: true });
  });

  it("is not open to another worker: 404 and nothing written", async () => {
    const { id } = await family({ consent: "none" });
    const r = await runSecureAction(recordConcernAction, as(otherWorker), { collaborationId: id, entryRoute: "PHONE", lapsetPuheeksiHeld: false, strengthsHome: "", vulnerabilitiesHome: "", strengthsEcecSchool: "", vulnerabilitiesEcecSchool: "", strengthsFreeTime: "", vulnerabilitiesFreeTime: "", concernZone: "", situationMapping: "", familyWishes: "x", meetingTopics: "", needIdentifiedTogether: false });
    expect(r).toMatchObject({ ok: false, status: 404 });
    expect((await fresh.db.collaboration.findUniqueOrThrow({ where: { id } })).entryRoute).toBe("NETWORK_WORKER");
  });
});

describe("consent gating", () => {
  it("books the meeting, invites the chosen people and queues one invitation mail each when every guardian consented", async () => {
    const { id } = await family();
    const r = await runSecureAction(createMeetingAction, as(worker), schedule(id));
    expect(r).toMatchObject({ ok: true });
    if (!r.ok) return;
    const meeting = await fresh.db.jointMeeting.findUniqueOrThrow({ where: { id: r.data.id }, include: { invitations: true, roomBooking: true } });
    expect(meeting.kind).toBe("JOINT");
    expect(meeting.invitations.map((i) => i.userId).sort()).toEqual([team.members[0]!.userId, team.members[1]!.userId].sort());
    expect(meeting.roomBooking?.roomId).toBe(org.room.id);
    const mails = await fresh.db.emailOutbox.findMany({ where: { toAddress: { in: [team.members[0]!.user.email, team.members[1]!.user.email] } } });
    expect(mails).toHaveLength(2);
    for (const m of mails) {
      expect(m.icsContent).toContain(`UID:${meeting.icsUid}`);
      expect(m.textBody).not.toContain("Korhonen");
      expect(m.textBody).not.toContain("Maija");
      expect(m.subject).not.toContain("Korhonen");
    }
    expect((await fresh.db.collaboration.findUniqueOrThrow({ where: { id } })).status).toBe("MEETING_SCHEDULED");
    // The invited now take part (need to know); nobody else does.
    const members = await fresh.db.collaborationMember.findMany({ where: { collaborationId: id, removedAt: null } });
    expect(members.map((m) => m.userId).sort()).toEqual([worker.id, team.members[0]!.userId, team.members[1]!.userId].sort());
  });

  it("refuses when one guardian has not consented, with a plain explanation, and writes nothing", async () => {
    const { id } = await family({ consent: "one" });
    const before = await fresh.db.emailOutbox.count();
    const r = await runSecureAction(createMeetingAction, as(worker), schedule(id));
    expect(r).toMatchObject({ ok: false, status: 400, fieldErrors: { teamMemberIds: "consentMissing" } });
    expect(await fresh.db.jointMeeting.count({ where: { collaborationId: id } })).toBe(0);
    expect(await fresh.db.emailOutbox.count()).toBe(before);
  });

  it("proposes no times for people the consent does not cover, with the same explanation", async () => {
    const plan = (id: string, memberIndex: number) => ({ collaborationId: id, teamMemberIds: [team.members[memberIndex]!.id], mode: "IN_PERSON", durationMinutes: 90, familyAttendees: 2 });
    const partial = await family({ consent: "one" });
    expect(await runSecureAction(proposeSlotsAction, as(worker), plan(partial.id, 0))).toMatchObject({ ok: false, status: 400, fieldErrors: { teamMemberIds: "consentMissing" } });
    const covered = await family();
    expect(await runSecureAction(proposeSlotsAction, as(worker), plan(covered.id, 2))).toMatchObject({ ok: false, status: 400, fieldErrors: { teamMemberIds: "consentNotCovering" } });
    expect((await runSecureAction(proposeSlotsAction, as(worker), plan(covered.id, 0))).ok).toBe(true);
  });

  it("refuses inviting expertise the consent does not cover", async () => {
    const { id } = await family();
    const r = await runSecureAction(createMeetingAction, as(worker), schedule(id, { teamMemberIds: [team.members[2]!.id] }));
    expect(r).toMatchObject({ ok: false, fieldErrors: { teamMemberIds: "consentNotCovering" } });
  });

  it("stops invitations at once when a consent is withdrawn", async () => {
    const { id } = await family();
    const consent = await fresh.db.consent.findFirstOrThrow({ where: { collaborationId: id, withdrawnAt: null } });
    expect((await runSecureAction(withdrawConsentAction, as(worker), { consentId: consent.id })).ok).toBe(true);
    const r = await runSecureAction(createMeetingAction, as(worker), schedule(id));
    expect(r).toMatchObject({ ok: false, fieldErrors: { teamMemberIds: "consentMissing" } });
  });

  it("refuses a consent for a guardian who is not in the family, and one whose end precedes its start", async () => {
    const { id } = await family({ consent: "none" });
    const stranger = await family({ consent: "none" });
    const wrongGuardian = await runSecureAction(recordConsentAction, as(worker), consentInput(id, stranger.guardians[0]!.id));
    expect(wrongGuardian).toMatchObject({ ok: false, fieldErrors: { guardianId: "guardianNotInFamily" } });
    const backwards = await runSecureAction(recordConsentAction, as(worker), consentInput(id, (await fresh.db.guardian.findFirstOrThrow({ where: { family: { collaborations: { some: { id } } } } })).id, { givenOn: "2026-11-10", validUntil: "2026-11-01" }));
    expect(backwards).toMatchObject({ ok: false, fieldErrors: { validUntil: "endBeforeStart" } });
  });
});

describe("bad times and rooms", () => {
  it("refuses a time in the past, a room too small for the party, and a non-existent time", async () => {
    const { id } = await family();
    expect(await runSecureAction(createMeetingAction, as(worker), schedule(id, { date: "2020-01-07", time: "10:00" }))).toMatchObject({ ok: false, fieldErrors: { date: "timeInPast" } });
    const tiny = await fresh.db.room.create({ data: { name: "Koppi", capacity: 2, unitId: org.unit.id } });
    expect(await runSecureAction(createMeetingAction, as(worker), schedule(id, { roomId: tiny.id, ...futureWeekday(45, 14) }))).toMatchObject({ ok: false, fieldErrors: { roomId: "roomTooSmall" } });
    expect(await runSecureAction(createMeetingAction, as(worker), schedule(id, { time: "25:00" }))).toMatchObject({ ok: false, fieldErrors: { time: "invalidTime" } });
    expect(await fresh.db.jointMeeting.count({ where: { collaborationId: id } })).toBe(0);
  });

  it("lets exactly one of 20 concurrent bookings of the same room and time through; the rest get a field error, not a 500", async () => {
    const room = await fresh.db.room.create({ data: { name: "Iso sali", capacity: 40, unitId: org.unit.id } });
    const families: Awaited<ReturnType<typeof family>>[] = [];
    for (let i = 0; i < 20; i++) families.push(await family());
    const when = futureWeekday(30, 12);
    // Different invitees each time would be ideal; the same two people are also "busy" checks, so
    // give each attempt its own team member to isolate the room constraint.
    const teams: Awaited<ReturnType<typeof buildTeam>>[] = [];
    for (let i = 0; i < 20; i++) teams.push(await buildTeam(fresh.db, org.area.id, ["PSYCHOLOGIST"]));
    const clients = [fresh.db, fresh.newClient(), fresh.newClient()];
    const organizers: Awaited<ReturnType<typeof buildUser>>[] = [];
    for (let i = 0; i < 20; i++) organizers.push(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id }));
    // Each family needs its own owner so that the organizers are not double-booked either.
    for (const [i, f] of families.entries()) {
      await fresh.db.collaborationMember.create({ data: { collaborationId: f.id, userId: organizers[i]!.id, role: "OWNER" } });
    }
    const results = await Promise.all(
      families.map((f, i) =>
        runSecureAction(createMeetingAction, { db: clients[i % 3]!, user: session(organizers[i]!) }, schedule(f.id, { ...when, roomId: room.id, teamMemberIds: [teams[i]!.members[0]!.id] })),
      ),
    );
    const ok = results.filter((r) => r.ok);
    expect(ok).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok)) expect(r).toMatchObject({ status: 400, fieldErrors: { roomId: "roomTaken" } });
    expect(await fresh.db.roomBooking.count({ where: { roomId: room.id, cancelledAt: null } })).toBe(1);
  });
});

describe("proposed times", () => {
  it("proposes only times when everyone chosen and a big-enough room are free", async () => {
    const { id } = await family();
    const psychologist = team.members[0]!.userId;
    const first = await runSecureAction(proposeSlotsAction, as(worker), { collaborationId: id, teamMemberIds: [team.members[0]!.id], mode: "IN_PERSON", durationMinutes: 90, familyAttendees: 2 });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.data.length).toBeGreaterThan(0);
    const earliest = first.data[0]!;
    // The psychologist declares an absence over the earliest proposal: it is no longer proposed.
    await fresh.db.userAbsence.create({ data: { userId: psychologist, startsAt: new Date(earliest.start), endsAt: new Date(earliest.end) } });
    const second = await runSecureAction(proposeSlotsAction, as(worker), { collaborationId: id, teamMemberIds: [team.members[0]!.id], mode: "IN_PERSON", durationMinutes: 90, familyAttendees: 2 });
    if (!second.ok) throw new Error("propose failed");
    for (const s of second.data) expect(new Date(s.end) <= new Date(earliest.start) || new Date(s.start) >= new Date(earliest.end)).toBe(true);
    for (const s of second.data) expect(s.roomId).not.toBeNull();
  });
});

describe("answers, rescheduling and cancelling", () => {
  it("lets the invited accept or decline; declining ends their access; changes keep the UID and raise SEQUENCE", async () => {
    const { id } = await family();
    const r = await runSecureAction(createMeetingAction, as(worker), schedule(id, futureWeekday(10, 9)));
    if (!r.ok) throw new Error(JSON.stringify(r));
    const invitations = await fresh.db.invitation.findMany({ where: { meetingId: r.data.id }, include: { user: true } });
    const [a, b] = invitations;
    const asUser = (u: (typeof invitations)[number]["user"]) => session(u);
    expect(await runSecureAction(respondToInvitationAction, as(asUser(a!.user)), { invitationId: a!.id, response: "ACCEPTED", message: "Tulen mielelläni" })).toMatchObject({ ok: true });
    expect(await runSecureAction(respondToInvitationAction, as(asUser(b!.user)), { invitationId: b!.id, response: "DECLINED", message: "" })).toMatchObject({ ok: true });
    // Nobody answers someone else's invitation.
    expect(await runSecureAction(respondToInvitationAction, as(asUser(a!.user)), { invitationId: b!.id, response: "ACCEPTED", message: "" })).toMatchObject({ ok: false, status: 404 });
    const declined = await fresh.db.collaborationMember.findFirstOrThrow({ where: { collaborationId: id, userId: b!.userId, role: "INVITED" } });
    expect(declined.removedAt).not.toBeNull();

    const before = await fresh.db.jointMeeting.findUniqueOrThrow({ where: { id: r.data.id } });
    const moved = await runSecureAction(rescheduleMeetingAction, as(worker), { meetingId: r.data.id, ...futureWeekday(11, 13), durationMinutes: 60, roomId: org.room.id });
    expect(moved).toMatchObject({ ok: true });
    const after = await fresh.db.jointMeeting.findUniqueOrThrow({ where: { id: r.data.id } });
    expect(after.icsUid).toBe(before.icsUid);
    expect(after.icsSequence).toBe(before.icsSequence + 1);
    const updateMail = await fresh.db.emailOutbox.findFirstOrThrow({ where: { toAddress: a!.user.email }, orderBy: { createdAt: "desc" } });
    expect(updateMail.icsContent).toContain(`SEQUENCE:${after.icsSequence}`);
    // The one who declined gets no update.
    expect(await fresh.db.emailOutbox.count({ where: { toAddress: b!.user.email, icsContent: { contains: before.icsUid } } })).toBe(1);

    expect(await runSecureAction(cancelMeetingAction, as(otherWorker), { meetingId: r.data.id })).toMatchObject({ ok: false, status: 404 });
    expect(await runSecureAction(cancelMeetingAction, as(worker), { meetingId: r.data.id })).toMatchObject({ ok: true });
    const cancelled = await fresh.db.jointMeeting.findUniqueOrThrow({ where: { id: r.data.id }, include: { roomBooking: true } });
    expect(cancelled.status).toBe("CANCELLED");
    expect(cancelled.roomBooking?.cancelledAt).not.toBeNull();
    const cancelMail = await fresh.db.emailOutbox.findFirstOrThrow({ where: { toAddress: a!.user.email }, orderBy: { createdAt: "desc" } });
    expect(cancelMail.icsContent).toContain("METHOD:CANCEL");
    expect(cancelMail.icsContent).toContain(`UID:${before.icsUid}`);
  });

  it("answers a forged booking for another worker's collaboration with 404 and writes nothing", async () => {
    const { id } = await family();
    const before = await fresh.db.jointMeeting.count();
    expect(await runSecureAction(createMeetingAction, as(otherWorker), schedule(id))).toMatchObject({ ok: false, status: 404 });
    expect(await runSecureAction(createMeetingAction, as(null), schedule(id))).toMatchObject({ ok: false, status: 401 });
    expect(await fresh.db.jointMeeting.count()).toBe(before);
  });
});
