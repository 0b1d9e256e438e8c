// Declared absences: a person says when they are away, and proposed meeting times avoid it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSecureAction } from "@/lib/actions/secure-action.ts";
import { declareAbsenceAction, removeAbsenceAction } from "@/lib/absences/actions.ts";
import { listMyAbsences } from "@/lib/absences/list-my-absences.ts";
import { proposeSlotsAction } from "@/lib/meetings/actions.ts";
import { toHelsinkiWallClock } from "@/lib/time/helsinki-wall-clock.ts";
import type { SessionUser } from "@/lib/auth/session-user.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { buildCollaboration, buildOrganisation, buildTeam, buildUser } from "../fixtures/builders.ts";

let fresh: FreshDatabase;
const session = (u: { id: string; name: string; email: string; roles: SessionUser["roles"]; locale: SessionUser["locale"] }): SessionUser => ({ ...u });
const as = (user: SessionUser) => ({ db: fresh.db, user });

beforeAll(async () => {
  fresh = await freshDatabase();
});
afterAll(() => fresh?.close());

function wall(instant: Date) {
  return toHelsinkiWallClock(instant);
}

describe("declaring an absence", () => {
  it("takes the person out of proposed times until it is removed", async () => {
    const org = await buildOrganisation(fresh.db);
    const worker = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id }));
    const team = await buildTeam(fresh.db, org.area.id, ["PSYCHOLOGIST"]);
    const psychologist = session(team.members[0]!.user);
    const c = await buildCollaboration(fresh.db, worker, { id: org.area.id, municipalityId: org.municipality.id });
    for (const g of c.guardians) {
      await fresh.db.consent.create({ data: { collaborationId: c.id, guardianId: g.id, method: "VERBAL", givenOn: new Date(Date.now() - 86_400_000), invitableExpertise: ["PSYCHOLOGIST"], recordedById: worker.id } });
    }
    const plan = { collaborationId: c.id, teamMemberIds: [team.members[0]!.id], mode: "IN_PERSON", durationMinutes: 60, familyAttendees: 1 };
    const before = await runSecureAction(proposeSlotsAction, as(worker), plan);
    if (!before.ok) throw new Error(JSON.stringify(before));
    const earliest = before.data[0]!;

    // The psychologist is away for the whole day of the earliest proposal.
    const day = wall(new Date(earliest.start)).date;
    const declared = await runSecureAction(declareAbsenceAction, as(psychologist), { startDate: day, startTime: "00:00", endDate: day, endTime: "23:59" });
    expect(declared.ok).toBe(true);
    const during = await runSecureAction(proposeSlotsAction, as(worker), plan);
    if (!during.ok) throw new Error(JSON.stringify(during));
    expect(during.data.length).toBeGreaterThan(0);
    for (const s of during.data) expect(wall(new Date(s.start)).date).not.toBe(day);

    const mine = await listMyAbsences(fresh.db, psychologist);
    expect(mine).toHaveLength(1);
    // Nobody else can remove it: a 404, and it stays.
    const stranger = await runSecureAction(removeAbsenceAction, as(worker), { absenceId: mine[0]!.id });
    expect(stranger).toMatchObject({ ok: false, status: 404 });
    expect(await listMyAbsences(fresh.db, psychologist)).toHaveLength(1);

    const removed = await runSecureAction(removeAbsenceAction, as(psychologist), { absenceId: mine[0]!.id });
    expect(removed.ok).toBe(true);
    const after = await runSecureAction(proposeSlotsAction, as(worker), plan);
    if (!after.ok) throw new Error(JSON.stringify(after));
    expect(after.data[0]!.start).toBe(earliest.start);
    expect(await fresh.db.auditEvent.count({ where: { actorId: psychologist.id, action: { in: ["absence.declare", "absence.remove"] } } })).toBe(2);
  });

  it("answers bad input with a field error and writes nothing", async () => {
    const org = await buildOrganisation(fresh.db);
    const user = session(await buildUser(fresh.db, { roles: ["TEAM_MEMBER"], unitId: org.unit.id }));
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ startDate: "2030-05-02", startTime: "08:00", endDate: "2030-05-01", endTime: "16:00" }, { endDate: "absenceEndBeforeStart" }],
      [{ startDate: "2020-05-01", startTime: "08:00", endDate: "2020-05-02", endTime: "16:00" }, { endDate: "timeInPast" }],
      [{ startDate: "2030-01-01", startTime: "08:00", endDate: "2032-01-01", endTime: "16:00" }, { endDate: "absenceTooLong" }],
      // A day that does not exist is the date's error, not the time's.
      [{ startDate: "2030-02-31", startTime: "08:00", endDate: "2030-03-01", endTime: "16:00" }, { startDate: "invalidDate" }],
      [{ startDate: "huomenna", startTime: "8", endDate: "", endTime: "<b>" }, { startDate: "invalidDate", startTime: "invalidTime", endDate: "invalidDate", endTime: "invalidTime" }],
    ];
    for (const [input, fieldErrors] of cases) {
      const r = await runSecureAction(declareAbsenceAction, as(user), input);
      expect(r).toMatchObject({ ok: false, status: 400, fieldErrors });
    }
    expect(await fresh.db.userAbsence.count({ where: { userId: user.id } })).toBe(0);
  });
});
