import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate, SIGNIN_LIMIT_PER_ACCOUNT } from "@/lib/auth/authenticate.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { buildUser, FIXTURE_PASSWORD } from "../fixtures/builders.ts";

let fresh: FreshDatabase;
beforeAll(async () => {
  fresh = await freshDatabase();
});
afterAll(() => fresh?.close());

describe("signing in with e-mail and password", () => {
  it("accepts the right password (argon2id) whatever the e-mail's case and spacing", async () => {
    const user = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const result = await authenticate(fresh.db, { email: `  ${user.email.toUpperCase()} `, password: FIXTURE_PASSWORD, ip: "10.0.0.1" });
    expect(result).toMatchObject({ ok: true, user: { id: user.id, roles: ["FRONTLINE_WORKER"] } });
  });

  it("gives the same answer for a wrong password and for an unknown account", async () => {
    const user = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] });
    const wrong = await authenticate(fresh.db, { email: user.email, password: "wrong", ip: "10.0.0.2" });
    const unknown = await authenticate(fresh.db, { email: "nobody@test.example", password: "wrong", ip: "10.0.0.2" });
    expect(wrong).toEqual({ ok: false, reason: "INVALID" });
    expect(unknown).toEqual(wrong);
  });

  it("refuses an account that an admin has deactivated", async () => {
    const user = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] });
    await fresh.db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await authenticate(fresh.db, { email: user.email, password: FIXTURE_PASSWORD, ip: "10.0.0.3" })).toEqual({ ok: false, reason: "INVALID" });
  });

  it("locks an account after repeated failures, even for the right password, across two app instances", async () => {
    const user = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] });
    const instanceA = fresh.db;
    const instanceB = fresh.newClient();
    const now = new Date("2026-11-22T10:00:00Z");
    for (let i = 0; i < SIGNIN_LIMIT_PER_ACCOUNT; i++) {
      const instance = i % 2 === 0 ? instanceA : instanceB;
      await authenticate(instance, { email: user.email, password: "wrong", ip: `10.1.0.${i}` }, now);
    }
    const locked = await authenticate(instanceB, { email: user.email, password: FIXTURE_PASSWORD, ip: "10.1.1.1" }, now);
    expect(locked).toEqual({ ok: false, reason: "RATE_LIMITED" });
    const later = new Date(now.getTime() + 16 * 60 * 1000);
    expect(await authenticate(instanceA, { email: user.email, password: FIXTURE_PASSWORD, ip: "10.1.1.1" }, later)).toMatchObject({ ok: true });
  });

  it("limits one IP address trying many accounts", async () => {
    const now = new Date("2026-11-22T12:00:00Z");
    const results = [];
    for (let i = 0; i < 51; i++) results.push(await authenticate(fresh.db, { email: `guess${i}@test.example`, password: "x", ip: "10.9.9.9" }, now));
    expect(results.at(-1)).toEqual({ ok: false, reason: "RATE_LIMITED" });
    expect(results.slice(0, 50).every((r) => !r.ok && r.reason === "INVALID")).toBe(true);
  });

  it("writes an AUTH audit event for every attempt without storing the typed password", async () => {
    const events = await fresh.db.auditEvent.findMany({ where: { kind: "AUTH" } });
    expect(events.some((e) => e.action === "signin.failed")).toBe(true);
    expect(events.some((e) => e.action === "signin.succeeded")).toBe(true);
    expect(JSON.stringify(events)).not.toContain("wrong");
  });
});
