// Fast by construction: the worker's own list issues the same number of SQL statements whether it
// shows 2 families or 60 (no N+1).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSecureAction } from "@/lib/actions/secure-action.ts";
import { createCollaborationAction } from "@/lib/collaborations/actions.ts";
import { listMyCollaborations } from "@/lib/collaborations/list-my-collaborations.ts";
import type { SessionUser } from "@/lib/auth/session-user.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { buildOrganisation, buildUser, newCollaborationInput } from "../fixtures/builders.ts";

let fresh: FreshDatabase;
let unitId: string;

beforeAll(async () => {
  fresh = await freshDatabase();
  unitId = (await buildOrganisation(fresh.db)).unit.id;
});
afterAll(() => fresh?.close());

async function workerWith(families: number): Promise<SessionUser> {
  const u = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId });
  const user: SessionUser = { id: u.id, name: u.name, email: u.email, roles: u.roles, locale: u.locale };
  for (let i = 0; i < families; i++) {
    const r = await runSecureAction(createCollaborationAction, { db: fresh.db, user }, newCollaborationInput({ children: [{ firstName: "Eetu", birthYear: "2019" }, { firstName: "Aino", birthYear: "2021" }] }));
    if (!r.ok) throw new Error("fixture failed");
  }
  return user;
}

async function countQueries(run: (db: FreshDatabase["db"]) => Promise<unknown>): Promise<number> {
  let n = 0;
  const db = fresh.newClient({ onQuery: () => n++ });
  await run(db);
  return n;
}

describe("query counts", () => {
  it("lists 2 or 60 families with the same number of queries", async () => {
    const few = await workerWith(2);
    const many = await workerWith(60);
    const qFew = await countQueries((db) => listMyCollaborations(db, few));
    const qMany = await countQueries((db) => listMyCollaborations(db, many));
    expect((await listMyCollaborations(fresh.db, many)).length).toBe(60);
    expect(qMany).toBe(qFew);
    expect(qFew).toBeLessThanOrEqual(8);
  });
});
