// The authorization matrix: every registered action, called by a signed-out visitor, by each role,
// and — for the actions on one family's collaboration, meeting, consent or contact request — by a
// worker of the right role who takes no part in it. Each denial answers without data and changes
// nothing in the database. The table (helpers/action-matrix.ts) lists every action: a new action
// that it does not list fails the first test. (Rightful use of each action is specified in its domain's own db tests.)
import { buildMatrixWorld, MATRIX, ROLES, type Objects } from "./helpers/action-matrix.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSecureAction } from "@/lib/actions/secure-action.ts";
import { ACTION_REGISTRY } from "@/lib/authz/registry.ts";
import { CAPABILITIES } from "@/lib/authz/capabilities.ts";
import type { SessionUser } from "@/lib/auth/session-user.ts";
import type { Role } from "@/lib/db/generated/enums.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { databaseFingerprint } from "./helpers/database-fingerprint.ts";

let fresh: FreshDatabase;
let objects: Objects;
let sessions: Map<Role, SessionUser>;
let stranger: SessionUser;

beforeAll(async () => {
  fresh = await freshDatabase();
  ({ objects, sessions, stranger } = await buildMatrixWorld(fresh.db));
});
afterAll(() => fresh?.close());

async function expectDenied(call: () => Promise<unknown>, status: number) {
  const before = await databaseFingerprint(fresh.db);
  const result = (await call()) as { ok: boolean; status?: number; data?: unknown };
  expect(result).toMatchObject({ ok: false, status });
  expect(result).not.toHaveProperty("data");
  expect(await databaseFingerprint(fresh.db)).toBe(before);
}

describe("the authorization matrix", () => {
  it("lists every registered action, and only those", () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...ACTION_REGISTRY.keys()].sort());
    for (const [name, row] of Object.entries(MATRIX)) expect(ACTION_REGISTRY.get(name)?.capability, name).toBe(row.capability);
  });

  it.each(Object.keys(MATRIX))("%s: a signed-out visitor gets 401", async (name) => {
    await expectDenied(() => runSecureAction(ACTION_REGISTRY.get(name)!, { db: fresh.db, user: null }, {}), 401);
  });

  it.each(Object.keys(MATRIX))("%s: every role without the capability gets 404", async (name) => {
    const roles: readonly Role[] = CAPABILITIES[MATRIX[name]!.capability];
    for (const role of ROLES.filter((r) => !roles.includes(r))) {
      const input = MATRIX[name]!.stranger?.(objects) ?? {};
      await expectDenied(() => runSecureAction(ACTION_REGISTRY.get(name)!, { db: fresh.db, user: sessions.get(role)! }, input), 404);
    }
  });

  const onObjects = Object.entries(MATRIX).filter(([, row]) => row.stranger);
  it("covers the per-object rule of most collaboration, meeting, consent and request actions", () => {
    expect(onObjects.length).toBeGreaterThanOrEqual(20);
  });

  it.each(onObjects.map(([name]) => name))("%s: a worker with the role but no part in the family gets 404", async (name) => {
    await expectDenied(() => runSecureAction(ACTION_REGISTRY.get(name)!, { db: fresh.db, user: stranger }, MATRIX[name]!.stranger!(objects)), 404);
  });
});
