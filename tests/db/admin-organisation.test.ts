// Issue 13, item 1: the admin's organisation. Municipalities (with language), areas, units (with
// sector), rooms (capacity 1–200), family-centre teams and their members are created, edited and
// retired (never deleted), each change audited; a non-admin gets 404 and nothing is written. A
// retired room takes no new booking and is not proposed, while its past bookings stay; a removed
// team member is no longer offered for convening, while a meeting already booked keeps the invitation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSecureAction } from "@/lib/actions/secure-action.ts";
import {
  addTeamMemberAction,
  removeTeamMemberAction,
  saveAreaAction,
  saveMunicipalityAction,
  saveRoomAction,
  saveTeamAction,
  saveUnitAction,
  setOrganisationActiveAction,
} from "@/lib/admin/organisation/actions.ts";
import { listUnits } from "@/lib/admin/organisation/list-units.ts";
import { listMunicipalities } from "@/lib/admin/organisation/list-municipalities.ts";
import { listTeams } from "@/lib/admin/organisation/list-teams.ts";
import { searchActiveUsers } from "@/lib/admin/organisation/search-users.ts";
import { areaOptions } from "@/lib/admin/organisation/area-options.ts";
import { ORG_PAGE_SIZE } from "@/lib/admin/organisation/paging.ts";
import { createCollaborationAction } from "@/lib/collaborations/actions.ts";
import { recordConsentAction } from "@/lib/consents/actions.ts";
import { createMeetingAction, proposeSlotsAction } from "@/lib/meetings/actions.ts";
import { convenePageData } from "@/lib/meetings/convene-page-data.ts";
import { listPublicMunicipalities } from "@/lib/contact/municipalities.ts";
import type { SessionUser } from "@/lib/auth/session-user.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { buildOrganisation, buildTeam, buildUser, consentInput, futureWeekday, newCollaborationInput } from "../fixtures/builders.ts";

let fresh: FreshDatabase;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let admin: SessionUser;
let worker: SessionUser;

const session = (u: { id: string; name: string; email: string; roles: SessionUser["roles"]; locale: SessionUser["locale"] }): SessionUser => ({ id: u.id, name: u.name, email: u.email, roles: u.roles, locale: u.locale });
const as = (user: SessionUser | null) => ({ db: fresh.db, user });
const auditCount = (action: string, objectId?: string) => fresh.db.auditEvent.count({ where: { action, ...(objectId ? { objectId } : {}) } });

beforeAll(async () => {
  fresh = await freshDatabase();
  org = await buildOrganisation(fresh.db);
  admin = session(await buildUser(fresh.db, { roles: ["ADMIN"] }));
  worker = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id }));
});
afterAll(() => fresh?.close());

async function ok<T>(p: Promise<{ ok: true; data: T } | { ok: false }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`expected success: ${JSON.stringify(r)}`);
  return r.data;
}

describe("municipalities and areas", () => {
  it("creates a municipality with its Swedish name and language, edits it, and audits both with ids only", async () => {
    const { id } = await ok(runSecureAction(saveMunicipalityAction, as(admin), { countyId: org.county.id, name: "Pedersöre-testi", nameSv: "Pedersöre", language: "SV" }));
    expect(await fresh.db.municipality.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Pedersöre-testi", nameSv: "Pedersöre", language: "SV", active: true });
    await ok(runSecureAction(saveMunicipalityAction, as(admin), { id, countyId: org.county.id, name: "Pedersöre-testi", nameSv: "", language: "BILINGUAL" }));
    expect(await fresh.db.municipality.findUniqueOrThrow({ where: { id } })).toMatchObject({ nameSv: null, language: "BILINGUAL" });
    const events = await fresh.db.auditEvent.findMany({ where: { objectId: id }, orderBy: [{ occurredAt: "asc" }, { action: "asc" }] });
    expect(events.map((e) => [e.kind, e.action, e.actorId, e.objectType])).toEqual([
      ["CHANGE", "admin.municipality.create", admin.id, "Municipality"],
      ["CHANGE", "admin.municipality.update", admin.id, "Municipality"],
    ]);
    expect(JSON.stringify(events.map((e) => e.details))).not.toContain("Pedersöre");
  });

  it("answers a duplicate name with a field error, not a 500, and writes nothing", async () => {
    const before = await fresh.db.municipality.count();
    const r = await runSecureAction(saveMunicipalityAction, as(admin), { countyId: org.county.id, name: org.municipality.name, nameSv: "", language: "FI" });
    expect(r).toMatchObject({ ok: false, status: 400, fieldErrors: { name: "adminOrganisation.errors.duplicateName" } });
    expect(await fresh.db.municipality.count()).toBe(before);
  });

  it("refuses an unknown language value", async () => {
    const r = await runSecureAction(saveMunicipalityAction, as(admin), { countyId: org.county.id, name: "Kieletön", nameSv: "", language: "DE" });
    expect(r).toMatchObject({ ok: false, status: 400, fieldErrors: { language: "invalidChoice" } });
  });

  it("creates areas; a name is unique within its municipality only", async () => {
    const other = await ok(runSecureAction(saveMunicipalityAction, as(admin), { countyId: org.county.id, name: "Toinen testikunta", nameSv: "", language: "FI" }));
    const first = await ok(runSecureAction(saveAreaAction, as(admin), { municipalityId: org.municipality.id, name: "Keskusta" }));
    expect(await runSecureAction(saveAreaAction, as(admin), { municipalityId: org.municipality.id, name: "Keskusta" })).toMatchObject({ ok: false, fieldErrors: { name: "adminOrganisation.errors.duplicateName" } });
    await ok(runSecureAction(saveAreaAction, as(admin), { municipalityId: other.id, name: "Keskusta" }));
    expect(await runSecureAction(saveAreaAction, as(admin), { municipalityId: "", name: "Orpo" })).toMatchObject({ ok: false, fieldErrors: { municipalityId: "adminOrganisation.errors.municipalityRequired" } });
    expect(await auditCount("admin.area.create", first.id)).toBe(1);
  });

  it("retires and reactivates a municipality and an area; a retired area is not offered for new units or teams", async () => {
    const area = await ok(runSecureAction(saveAreaAction, as(admin), { municipalityId: org.municipality.id, name: "Eläkealue" }));
    await ok(runSecureAction(setOrganisationActiveAction, as(admin), { kind: "area", id: area.id, active: false }));
    expect((await fresh.db.area.findUniqueOrThrow({ where: { id: area.id } })).active).toBe(false);
    expect((await areaOptions(fresh.db, admin)).map((a) => a.id)).not.toContain(area.id);
    expect(await runSecureAction(saveUnitAction, as(admin), { areaId: area.id, name: "Uusi yksikkö", sector: "SCHOOL" })).toMatchObject({ ok: false, fieldErrors: { areaId: "adminOrganisation.errors.inactiveParent" } });
    expect(await runSecureAction(saveTeamAction, as(admin), { areaId: area.id, name: "Eläketiimi" })).toMatchObject({ ok: false, fieldErrors: { areaId: "adminOrganisation.errors.inactiveParent" } });
    await ok(runSecureAction(setOrganisationActiveAction, as(admin), { kind: "area", id: area.id, active: true }));
    expect((await areaOptions(fresh.db, admin)).map((a) => a.id)).toContain(area.id);
    expect(await auditCount("admin.area.retire", area.id)).toBe(1);
    expect(await auditCount("admin.area.reactivate", area.id)).toBe(1);

    const m = await ok(runSecureAction(saveMunicipalityAction, as(admin), { countyId: org.county.id, name: "Lakkautettava kunta", nameSv: "", language: "FI" }));
    await ok(runSecureAction(setOrganisationActiveAction, as(admin), { kind: "municipality", id: m.id, active: false }));
    expect(await fresh.db.municipality.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ active: false });
    expect(await auditCount("admin.municipality.retire", m.id)).toBe(1);
    expect(await runSecureAction(saveAreaAction, as(admin), { municipalityId: m.id, name: "Uusi" })).toMatchObject({ ok: false, fieldErrors: { municipalityId: "adminOrganisation.errors.inactiveParent" } });
  });

  it("a retired municipality is no longer offered on the public contact form", async () => {
    const o = await buildOrganisation(fresh.db);
    await buildUser(fresh.db, { roles: ["GUIDANCE_WORKER"], scopeMunicipalityId: o.municipality.id });
    expect((await listPublicMunicipalities(fresh.db, "fi")).map((m) => m.id)).toContain(o.municipality.id);
    await ok(runSecureAction(setOrganisationActiveAction, as(admin), { kind: "municipality", id: o.municipality.id, active: false }));
    expect((await listPublicMunicipalities(fresh.db, "fi")).map((m) => m.id)).not.toContain(o.municipality.id);
  });

  it("lists municipalities one page at a time with the total, searchable, with their areas", async () => {
    const page = await listMunicipalities(fresh.db, admin, { q: "toinen testikunta" });
    expect(page.total).toBe(1);
    expect(page.rows[0]!.areas.map((a) => a.name)).toEqual(["Keskusta"]);
  });
});

describe("units and rooms", () => {
  it("creates a unit with its service sector and finds it by a searched, paginated list with a total", async () => {
    const { id } = await ok(runSecureAction(saveUnitAction, as(admin), { areaId: org.area.id, name: "Hakukoulu", sector: "SCHOOL" }));
    expect(await fresh.db.unit.findUniqueOrThrow({ where: { id } })).toMatchObject({ sector: "SCHOOL", areaId: org.area.id });
    expect(await runSecureAction(saveUnitAction, as(admin), { areaId: org.area.id, name: "Hakukoulu", sector: "ECEC" })).toMatchObject({ ok: false, fieldErrors: { name: "adminOrganisation.errors.duplicateName" } });
    expect(await runSecureAction(saveUnitAction, as(admin), { areaId: org.area.id, name: "Sektoriton", sector: "PUB" })).toMatchObject({ ok: false, fieldErrors: { sector: "invalidChoice" } });
    const found = await listUnits(fresh.db, admin, { q: "hakukoulu" });
    expect(found.total).toBe(1);
    expect(found.rows[0]).toMatchObject({ id, sector: "SCHOOL" });

    for (let i = 0; i < ORG_PAGE_SIZE + 2; i++) await fresh.db.unit.create({ data: { areaId: org.area.id, name: `Sivutusyksikkö ${String(i).padStart(2, "0")}`, sector: "ECEC" } });
    const first = await listUnits(fresh.db, admin, { q: "sivutusyksikkö" });
    const second = await listUnits(fresh.db, admin, { q: "sivutusyksikkö", page: 2 });
    expect([first.total, first.rows.length, second.rows.length, first.pages]).toEqual([ORG_PAGE_SIZE + 2, ORG_PAGE_SIZE, 2, 2]);
    expect(await auditCount("admin.unit.create", id)).toBe(1);
  });

  it("creates a room with capacity 1 and 200, edits it, and audits it", async () => {
    const small = await ok(runSecureAction(saveRoomAction, as(admin), { unitId: org.unit.id, name: "Pieni huone", capacity: "1", accessible: true }));
    const big = await ok(runSecureAction(saveRoomAction, as(admin), { unitId: org.unit.id, name: "Sali", capacity: "200", accessible: false }));
    expect(await fresh.db.room.findUniqueOrThrow({ where: { id: big.id } })).toMatchObject({ capacity: 200, accessible: false, active: true });
    await ok(runSecureAction(saveRoomAction, as(admin), { id: small.id, unitId: org.unit.id, name: "Pieni huone", capacity: "4", accessible: true }));
    expect((await fresh.db.room.findUniqueOrThrow({ where: { id: small.id } })).capacity).toBe(4);
    expect(await auditCount("admin.room.create", small.id)).toBe(1);
    expect(await auditCount("admin.room.update", small.id)).toBe(1);
  });

  it.each(["0", "10000", "2.5", "", "kymmenen"])("refuses a capacity of %j with a translated field error and writes nothing", async (capacity) => {
    const before = await fresh.db.room.count();
    const r = await runSecureAction(saveRoomAction, as(admin), { unitId: org.unit.id, name: `Väärä ${capacity}`, capacity, accessible: true });
    expect(r).toMatchObject({ ok: false, status: 400, fieldErrors: { capacity: "adminOrganisation.errors.capacityRange" } });
    expect(await fresh.db.room.count()).toBe(before);
  });

  it("refuses a duplicate room name within the unit", async () => {
    expect(await runSecureAction(saveRoomAction, as(admin), { unitId: org.unit.id, name: org.room.name, capacity: "5", accessible: true })).toMatchObject({
      ok: false,
      fieldErrors: { name: "adminOrganisation.errors.duplicateName" },
    });
  });
});

describe("teams and members", () => {
  it("refuses a team without an area with a field error and writes nothing", async () => {
    const before = await fresh.db.familyCentreTeam.count();
    expect(await runSecureAction(saveTeamAction, as(admin), { areaId: "", name: "Alueeton tiimi" })).toMatchObject({ ok: false, status: 400, fieldErrors: { areaId: "adminOrganisation.errors.areaRequired" } });
    expect(await runSecureAction(saveTeamAction, as(admin), { name: "Alueeton tiimi" })).toMatchObject({ ok: false, fieldErrors: { areaId: "adminOrganisation.errors.areaRequired" } });
    expect(await fresh.db.familyCentreTeam.count()).toBe(before);
  });

  it("creates a team, adds members with expertise, removes one and re-adding reactivates the same membership", async () => {
    const team = await ok(runSecureAction(saveTeamAction, as(admin), { areaId: org.area.id, name: "Admin-testin tiimi" }));
    const psychologist = await buildUser(fresh.db, { roles: ["TEAM_MEMBER"], name: "Pirjo Psykologi" });
    const added = await ok(runSecureAction(addTeamMemberAction, as(admin), { teamId: team.id, userId: psychologist.id, expertise: "PSYCHOLOGIST" }));
    expect(await runSecureAction(addTeamMemberAction, as(admin), { teamId: team.id, userId: psychologist.id, expertise: "PSYCHOLOGIST" })).toMatchObject({
      ok: false,
      fieldErrors: { expertise: "adminOrganisation.errors.alreadyMember" },
    });
    await ok(runSecureAction(removeTeamMemberAction, as(admin), { teamMemberId: added.id }));
    expect((await fresh.db.teamMember.findUniqueOrThrow({ where: { id: added.id } })).active).toBe(false);
    const again = await ok(runSecureAction(addTeamMemberAction, as(admin), { teamId: team.id, userId: psychologist.id, expertise: "PSYCHOLOGIST" }));
    expect(again.id).toBe(added.id);
    expect((await fresh.db.teamMember.findUniqueOrThrow({ where: { id: added.id } })).active).toBe(true);
    expect(await auditCount("admin.teamMember.add", added.id)).toBe(2);
    expect(await auditCount("admin.teamMember.remove", added.id)).toBe(1);
    const listed = await listTeams(fresh.db, admin, { q: "admin-testin" });
    expect(listed.rows[0]!.members.map((m) => [m.user.id, m.expertise])).toEqual([[psychologist.id, "PSYCHOLOGIST"]]);
  });

  it("refuses adding a deactivated user, and finds active users by name or e-mail (never the whole list)", async () => {
    const team = await ok(runSecureAction(saveTeamAction, as(admin), { areaId: org.area.id, name: "Hakutiimi" }));
    const gone = await buildUser(fresh.db, { roles: ["TEAM_MEMBER"], name: "Lähtenyt Hakutesti" });
    const here = await buildUser(fresh.db, { roles: ["TEAM_MEMBER"], name: "Paikalla Hakutesti" });
    await fresh.db.user.update({ where: { id: gone.id }, data: { active: false, deactivatedAt: new Date() } });
    expect(await runSecureAction(addTeamMemberAction, as(admin), { teamId: team.id, userId: gone.id, expertise: "FAMILY_WORKER" })).toMatchObject({
      ok: false,
      fieldErrors: { userId: "adminOrganisation.errors.userNotActive" },
    });
    expect((await searchActiveUsers(fresh.db, admin, "hakutesti")).rows.map((u) => u.id)).toEqual([here.id]);
    expect((await searchActiveUsers(fresh.db, admin, here.email.toUpperCase())).rows.map((u) => u.id)).toEqual([here.id]);
    expect((await searchActiveUsers(fresh.db, admin, "h")).rows).toEqual([]);
  });
});

describe("non-admins", () => {
  it("get 404 from every action and nothing is written", async () => {
    const coordinator = session(await buildUser(fresh.db, { roles: ["COORDINATOR", "FRONTLINE_WORKER", "TEAM_MEMBER"] }));
    const before = await Promise.all([fresh.db.municipality.count(), fresh.db.area.count(), fresh.db.unit.count(), fresh.db.room.count(), fresh.db.familyCentreTeam.count(), fresh.db.teamMember.count()]);
    const member = await fresh.db.teamMember.create({ data: { teamId: (await buildTeam(fresh.db, org.area.id, [])).team.id, userId: worker.id, expertise: "FAMILY_WORKER" } });
    const attempts: [Parameters<typeof runSecureAction>[0], unknown][] = [
      [saveMunicipalityAction, { countyId: org.county.id, name: "Luvaton kunta", nameSv: "", language: "FI" }],
      [saveAreaAction, { municipalityId: org.municipality.id, name: "Luvaton alue" }],
      [saveUnitAction, { areaId: org.area.id, name: "Luvaton yksikkö", sector: "ECEC" }],
      [saveRoomAction, { unitId: org.unit.id, name: "Luvaton huone", capacity: "5", accessible: true }],
      [saveTeamAction, { areaId: org.area.id, name: "Luvaton tiimi" }],
      [setOrganisationActiveAction, { kind: "room", id: org.room.id, active: false }],
      [addTeamMemberAction, { teamId: member.teamId, userId: coordinator.id, expertise: "PSYCHOLOGIST" }],
      [removeTeamMemberAction, { teamMemberId: member.id }],
    ];
    for (const [action, input] of attempts) expect(await runSecureAction(action, as(coordinator), input)).toMatchObject({ ok: false, status: 404 });
    expect(await runSecureAction(saveUnitAction, as(null), { areaId: org.area.id, name: "Kirjautumaton", sector: "ECEC" })).toMatchObject({ ok: false, status: 401 });
    const after = await Promise.all([fresh.db.municipality.count(), fresh.db.area.count(), fresh.db.unit.count(), fresh.db.room.count(), fresh.db.familyCentreTeam.count(), fresh.db.teamMember.count()]);
    expect(after).toEqual([...before.slice(0, 4), before[4]! + 1, before[5]! + 1]);
    expect((await fresh.db.room.findUniqueOrThrow({ where: { id: org.room.id } })).active).toBe(true);
    expect((await fresh.db.teamMember.findUniqueOrThrow({ where: { id: member.id } })).active).toBe(true);
    expect(await fresh.db.auditEvent.count({ where: { actorId: coordinator.id, action: { startsWith: "admin." } } })).toBe(0);
    await expect(listUnits(fresh.db, coordinator)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listMunicipalities(fresh.db, coordinator)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listTeams(fresh.db, coordinator)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(searchActiveUsers(fresh.db, coordinator, "testi")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("invariants for convening", () => {
  /** A separate municipality, so the rooms and team of this part are the only ones offered. */
  async function convening() {
    const o = await buildOrganisation(fresh.db);
    const team = await buildTeam(fresh.db, o.area.id, ["PSYCHOLOGIST", "FAMILY_WORKER"]);
    const chair = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: o.unit.id }));
    const r = await runSecureAction(createCollaborationAction, as(chair), newCollaborationInput());
    if (!r.ok) throw new Error("fixture");
    const guardians = await fresh.db.guardian.findMany({ where: { family: { collaborations: { some: { id: r.data.id } } } } });
    for (const g of guardians) await ok(runSecureAction(recordConsentAction, as(chair), consentInput(r.data.id, g.id)));
    await fresh.db.collaboration.update({ where: { id: r.data.id }, data: { areaId: o.area.id } });
    const schedule = (overrides: Record<string, unknown> = {}) => ({
      collaborationId: r.data.id,
      teamMemberIds: [team.members[0]!.id],
      mode: "IN_PERSON",
      durationMinutes: 90,
      familyAttendees: 2,
      ...futureWeekday(7, 10),
      roomId: o.room.id,
      onlineUrl: "",
      ...overrides,
    });
    return { o, team, chair, collaborationId: r.data.id, schedule };
  }

  it("a retired room keeps its past booking, is no longer offered or proposed, and a forged booking of it is refused", async () => {
    const { o, chair, collaborationId, schedule } = await convening();
    const booked = await ok(runSecureAction(createMeetingAction, as(chair), schedule()));
    await ok(runSecureAction(setOrganisationActiveAction, as(admin), { kind: "room", id: o.room.id, active: false }));
    expect(await auditCount("admin.room.retire", o.room.id)).toBe(1);
    // The booking made before stays.
    expect(await fresh.db.roomBooking.findUniqueOrThrow({ where: { meetingId: booked.id } })).toMatchObject({ roomId: o.room.id, cancelledAt: null });
    // Not on the convening page, not proposed.
    expect((await convenePageData(fresh.db, chair, collaborationId)).rooms.map((r) => r.id)).not.toContain(o.room.id);
    const proposals = await ok(runSecureAction(proposeSlotsAction, as(chair), { collaborationId, teamMemberIds: [schedule().teamMemberIds[0]], mode: "IN_PERSON", durationMinutes: 60, familyAttendees: 2 }));
    expect(proposals).toEqual([]);
    // A forged booking of the retired room is refused and writes nothing.
    const meetingsBefore = await fresh.db.jointMeeting.count({ where: { collaborationId } });
    expect(await runSecureAction(createMeetingAction, as(chair), schedule({ ...futureWeekday(9, 13), teamMemberIds: [schedule().teamMemberIds[0]] }))).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { roomId: "invalidChoice" },
    });
    expect(await fresh.db.jointMeeting.count({ where: { collaborationId } })).toBe(meetingsBefore);
    expect(await fresh.db.roomBooking.count({ where: { roomId: o.room.id } })).toBe(1);
    // A new active room in the same unit is offered and proposed at once.
    const fresh2 = await ok(runSecureAction(saveRoomAction, as(admin), { unitId: o.unit.id, name: "Uusi neuvotteluhuone", capacity: "6", accessible: true }));
    expect((await convenePageData(fresh.db, chair, collaborationId)).rooms.map((r) => r.id)).toEqual([fresh2.id]);
  });

  it("rooms of a retired unit are neither offered nor bookable", async () => {
    const { o, chair, collaborationId, schedule } = await convening();
    await ok(runSecureAction(setOrganisationActiveAction, as(admin), { kind: "unit", id: o.unit.id, active: false }));
    expect((await convenePageData(fresh.db, chair, collaborationId)).rooms).toEqual([]);
    expect(await runSecureAction(createMeetingAction, as(chair), schedule())).toMatchObject({ ok: false, fieldErrors: { roomId: "invalidChoice" } });
  });

  it("a removed team member is no longer offered or invitable, while the meeting already booked keeps their invitation", async () => {
    const { team, chair, collaborationId, schedule } = await convening();
    const [psychologist, familyWorker] = team.members;
    const booked = await ok(runSecureAction(createMeetingAction, as(chair), schedule({ teamMemberIds: [psychologist!.id, familyWorker!.id] })));
    await ok(runSecureAction(removeTeamMemberAction, as(admin), { teamMemberId: psychologist!.id }));
    const offered = (await convenePageData(fresh.db, chair, collaborationId)).teams.flatMap((t) => t.members.map((m) => m.id));
    expect(offered).toEqual([familyWorker!.id]);
    expect(await runSecureAction(createMeetingAction, as(chair), schedule({ ...futureWeekday(10, 9), teamMemberIds: [psychologist!.id] }))).toMatchObject({
      ok: false,
      fieldErrors: { teamMemberIds: "invalidChoice" },
    });
    const invitations = await fresh.db.invitation.findMany({ where: { meetingId: booked.id } });
    expect(invitations.map((i) => i.userId).sort()).toEqual([psychologist!.userId, familyWorker!.userId].sort());
    // Re-adding offers them again from then on.
    await ok(runSecureAction(addTeamMemberAction, as(admin), { teamId: team.team.id, userId: psychologist!.userId, expertise: "PSYCHOLOGIST" }));
    expect((await convenePageData(fresh.db, chair, collaborationId)).teams.flatMap((t) => t.members.map((m) => m.id)).sort()).toEqual([psychologist!.id, familyWorker!.id].sort());
  });

  it("a retired team is no longer offered or invitable", async () => {
    const { team, chair, collaborationId, schedule } = await convening();
    await ok(runSecureAction(setOrganisationActiveAction, as(admin), { kind: "team", id: team.team.id, active: false }));
    expect((await convenePageData(fresh.db, chair, collaborationId)).teams).toEqual([]);
    expect(await runSecureAction(createMeetingAction, as(chair), schedule())).toMatchObject({ ok: false, fieldErrors: { teamMemberIds: "invalidChoice" } });
    expect(await auditCount("admin.team.retire", team.team.id)).toBe(1);
  });
});
