// "Minun perheeni" stays fast with hundreds of families: the list issues the same number of SQL
// statements for 10 families as for 500 (no N+1 over families, actions, contacts or the pair).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listMyFollowUps } from "@/lib/follow-up/list-my-follow-ups.ts";
import type { SessionUser } from "@/lib/auth/session-user.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { buildOrganisation, buildUser } from "../fixtures/builders.ts";

let fresh: FreshDatabase;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let chair: { id: string };
let partner: { id: string };

beforeAll(async () => {
  fresh = await freshDatabase();
  org = await buildOrganisation(fresh.db);
  chair = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
  partner = await buildUser(fresh.db, { roles: ["TEAM_MEMBER"], unitId: org.unit.id });
}, 60_000);
afterAll(() => fresh?.close());

/** A responsible worker with `n` families in follow-up, each with a pair, three actions and two contacts (bulk inserts). */
async function workerWith(n: number): Promise<SessionUser> {
  const u = await buildUser(fresh.db, { roles: ["TEAM_MEMBER"], unitId: org.unit.id });
  const ids = Array.from({ length: n }, (_, i) => ({ family: randomUUID(), collaboration: randomUUID(), plan: randomUUID(), i }));
  const db = fresh.db;
  await db.family.createMany({ data: ids.map((x) => ({ id: x.family, municipalityId: org.municipality.id })) });
  await db.guardian.createMany({ data: ids.map((x) => ({ familyId: x.family, firstName: "Maija", lastName: `Perhe${x.i}` })) });
  await db.child.createMany({ data: ids.map((x) => ({ familyId: x.family, firstName: "Eetu", birthYear: 2019 })) });
  await db.collaboration.createMany({ data: ids.map((x) => ({ id: x.collaboration, familyId: x.family, municipalityId: org.municipality.id, areaId: org.area.id, ownerId: chair.id, entryRoute: "NETWORK_WORKER" as const, status: "PLAN_ACTIVE" as const })) });
  await db.jointPlan.createMany({ data: ids.map((x) => ({ id: x.plan, collaborationId: x.collaboration, nextContactAt: new Date(Date.now() + (x.i - n / 2) * 86_400_000) })) });
  await db.planAction.createMany({
    data: ids.flatMap((x) => (["HOME", "EVERYDAY_ENVIRONMENT", "ELSEWHERE"] as const).map((setting, k) => ({ planId: x.plan, setting, description: "Toimenpide", who: "Perhe", sortOrder: k }))),
  });
  await db.responsibleWorker.createMany({
    data: ids.flatMap((x) => [
      { collaborationId: x.collaboration, userId: u.id, slot: 1, assignedById: chair.id },
      { collaborationId: x.collaboration, userId: partner.id, slot: 2, assignedById: chair.id },
    ]),
  });
  await db.contactLogEntry.createMany({
    data: ids.flatMap((x) => [1, 2].map((k) => ({ collaborationId: x.collaboration, authorId: u.id, contactedAt: new Date(Date.now() - k * 86_400_000), channel: "PHONE" as const }))),
  });
  return { id: u.id, name: u.name, email: u.email, roles: u.roles, locale: u.locale };
}

async function countQueries(run: (db: FreshDatabase["db"]) => Promise<unknown>): Promise<number> {
  let n = 0;
  const db = fresh.newClient({ onQuery: () => n++ });
  await run(db);
  return n;
}

describe("Minun perheeni query count", () => {
  it("lists 10 or 500 families with the same number of SQL statements", async () => {
    const few = await workerWith(10);
    const many = await workerWith(500);
    const qFew = await countQueries((db) => listMyFollowUps(db, few));
    const qMany = await countQueries((db) => listMyFollowUps(db, many, { sort: "family", filter: "all" }));
    const rows = await listMyFollowUps(fresh.db, many);
    expect(rows).toHaveLength(500);
    expect(rows[0]!.due).toBe("OVERDUE");
    expect(rows.every((r) => r.coResponsible.length === 1 && r.lastContact !== null && r.openActions.HOME === 1)).toBe(true);
    expect(qMany).toBe(qFew);
    expect(qFew).toBeLessThanOrEqual(10);
    console.info(`Minun perheeni: ${qFew} SQL statements for 10 families, ${qMany} for 500`);
  }, 120_000);
});
