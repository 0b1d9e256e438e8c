// The responsible-worker choice on the plan page offers exactly the people the family can name: the
// professionals taking part in this family's collaboration. Coordinators, admins, deactivated
// accounts, people who declined and workers of other families are never offered, and only the
// chair sees the list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSecureAction } from "@/lib/actions/secure-action.ts";
import { nameResponsibleWorkersAction } from "@/lib/plans/actions.ts";
import { listResponsibleCandidates } from "@/lib/plans/list-responsible-candidates.ts";
import type { SessionUser } from "@/lib/auth/session-user.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { buildCollaboration, buildMeeting, buildOrganisation, buildUser } from "../fixtures/builders.ts";

let fresh: FreshDatabase;
const session = (u: { id: string; name: string; email: string; roles: SessionUser["roles"]; locale: SessionUser["locale"] }): SessionUser => ({ id: u.id, name: u.name, email: u.email, roles: u.roles, locale: u.locale });

beforeAll(async () => {
  fresh = await freshDatabase();
});
afterAll(() => fresh?.close());

async function scenario() {
  const db = fresh.db;
  const org = await buildOrganisation(db);
  const chair = session(await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id, name: "Aino Puheenjohtaja" }));
  const psychologist = await buildUser(db, { roles: ["TEAM_MEMBER"], name: "Pekka Psykologi" });
  const pending = await buildUser(db, { roles: ["TEAM_MEMBER"], name: "Olli Odottaa" });
  const declined = await buildUser(db, { roles: ["TEAM_MEMBER"], name: "Kaisa Kieltäytyi" });
  const coordinator = await buildUser(db, { roles: ["COORDINATOR"], scopeCountyId: org.county.id, name: "Kerttu Koordinaattori" });
  const retired = await buildUser(db, { roles: ["TEAM_MEMBER"], name: "Eino Eläkkeellä" });
  const otherFamilysWorker = await buildUser(db, { roles: ["TEAM_MEMBER"], name: "Ville Vieras" });
  const area = { id: org.area.id, municipalityId: org.municipality.id };
  const f = await buildCollaboration(db, chair, area);
  const other = await buildCollaboration(db, chair, area);
  await db.collaborationMember.createMany({
    data: [
      { collaborationId: f.id, userId: psychologist.id, role: "INVITED" },
      { collaborationId: f.id, userId: pending.id, role: "INVITED" },
      { collaborationId: f.id, userId: declined.id, role: "INVITED", removedAt: new Date() },
      { collaborationId: f.id, userId: coordinator.id, role: "INVITED" },
      { collaborationId: f.id, userId: retired.id, role: "INVITED" },
      { collaborationId: other.id, userId: otherFamilysWorker.id, role: "INVITED" },
    ],
  });
  const meeting = await buildMeeting(db, f.id, chair);
  await db.invitation.createMany({
    data: [
      { meetingId: meeting.id, userId: psychologist.id, status: "ACCEPTED" },
      { meetingId: meeting.id, userId: pending.id, status: "PENDING" },
      { meetingId: meeting.id, userId: declined.id, status: "DECLINED" },
    ],
  });
  await db.user.update({ where: { id: retired.id }, data: { active: false } });
  return { chair, psychologist, pending, declined, coordinator, retired, otherFamilysWorker, f };
}

describe("responsible worker candidates", () => {
  it("are the active professionals of this collaboration: the chair and the invited who have not declined", async () => {
    const s = await scenario();
    const list = await listResponsibleCandidates(fresh.db, s.chair, s.f.id);
    expect(list.map((c) => c.name)).toEqual(["Aino Puheenjohtaja", "Olli Odottaa", "Pekka Psykologi"]);
    expect(list[0]).toMatchObject({ id: s.chair.id, title: "varhaiskasvatuksen opettaja" });
    expect(list[0]!.unit).toMatch(/^Päiväkoti-/);
  });

  it("keep a named responsible worker on the list, and every one of them is accepted by the naming rule", async () => {
    const s = await scenario();
    const r = await runSecureAction(nameResponsibleWorkersAction, { db: fresh.db, user: s.chair }, { collaborationId: s.f.id, userIds: [s.psychologist.id, s.pending.id], namedByFamily: true, familyAgreement: "" });
    expect(r.ok).toBe(true);
    const list = await listResponsibleCandidates(fresh.db, s.chair, s.f.id);
    expect(list.map((c) => c.id)).toEqual(expect.arrayContaining([s.psychologist.id, s.pending.id]));
    for (const c of list) {
      const named = await runSecureAction(nameResponsibleWorkersAction, { db: fresh.db, user: s.chair }, { collaborationId: s.f.id, userIds: [c.id], namedByFamily: true, familyAgreement: "" });
      expect(named).toMatchObject({ ok: true });
    }
  });

  it("are shown to the chair only: anyone else gets not found", async () => {
    const s = await scenario();
    for (const user of [s.psychologist, s.coordinator, s.otherFamilysWorker]) {
      await expect(listResponsibleCandidates(fresh.db, user, s.f.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});
