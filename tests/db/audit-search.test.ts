// The data-protection officer's search of the use and disclosure log: by the user who acted, by
// family and by Helsinki days, newest first, 50 to a page — and each search is itself logged,
// naming the filters used, never what was typed.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchAuditTrail, auditSearchSchema } from "@/lib/data-protection/search-audit-trail.ts";
import type { SessionUser } from "@/lib/auth/session-user.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { buildUser } from "../fixtures/builders.ts";

let fresh: FreshDatabase;
let admin: SessionUser;
let worker: { id: string; email: string };
let other: { id: string };
const familyA = randomUUID();
const familyB = randomUUID();

const session = (u: { id: string; name: string; email: string; roles: SessionUser["roles"]; locale: SessionUser["locale"] }): SessionUser => ({ id: u.id, name: u.name, email: u.email, roles: u.roles, locale: u.locale });
const search = (raw: Record<string, unknown>) => searchAuditTrail(fresh.db, admin, auditSearchSchema.parse(raw));

beforeAll(async () => {
  fresh = await freshDatabase();
  admin = session(await buildUser(fresh.db, { roles: ["ADMIN"] }));
  worker = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] });
  other = await buildUser(fresh.db, { roles: ["TEAM_MEMBER"] });
  // 120 reads of family A by the worker, one a minute back from noon UTC on 10 March 2026.
  const noon = Date.parse("2026-03-10T12:00:00Z");
  await fresh.db.auditEvent.createMany({
    data: Array.from({ length: 120 }, (_, i) => ({ kind: "ACCESS" as const, action: "collaboration.read", actorId: worker.id, familyId: familyA, occurredAt: new Date(noon - i * 60_000) })),
  });
  // Around the spring DST change (29 March 2026 03:00 → 04:00 Helsinki): 28.3 at 23.30 and 29.3 at 00.30 Helsinki time.
  await fresh.db.auditEvent.createMany({
    data: [
      { kind: "ACCESS", action: "plan.read", actorId: other.id, familyId: familyB, occurredAt: new Date("2026-03-28T21:30:00Z") },
      { kind: "DISCLOSURE", action: "plan.disclose", actorId: other.id, familyId: familyB, recipient: other.id, occurredAt: new Date("2026-03-28T22:30:00Z") },
    ],
  });
});
afterAll(() => fresh?.close());

describe("searching the audit trail", () => {
  it("is the data-protection review's: to anyone else it does not exist", async () => {
    const coordinator = session(await buildUser(fresh.db, { roles: ["COORDINATOR"] }));
    await expect(searchAuditTrail(fresh.db, coordinator, auditSearchSchema.parse({}))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("finds one user's events by their e-mail address in any case, newest first, 50 to a page", async () => {
    const first = await search({ user: worker.email.toUpperCase() });
    expect(first).toMatchObject({ total: 120, pages: 3, page: 1, capped: false, unknownUser: false });
    expect(first.rows).toHaveLength(50);
    expect(first.rows.every((r) => r.actor?.id === worker.id && r.action === "collaboration.read")).toBe(true);
    expect(first.rows[0]!.occurredAt.toISOString()).toBe("2026-03-10T12:00:00.000Z");
    const last = await search({ user: worker.email, page: "3" });
    expect(last.rows).toHaveLength(20);
    expect(last.rows.at(-1)!.occurredAt.toISOString()).toBe("2026-03-10T10:01:00.000Z");
  });

  it("finds a family's events, reads and disclosures, with the recipient of a disclosure", async () => {
    const r = await search({ family: familyB });
    expect(r.rows.map((x) => [x.kind, x.action, x.recipient])).toEqual([
      ["DISCLOSURE", "plan.disclose", other.id],
      ["ACCESS", "plan.read", null],
    ]);
  });

  it("takes whole Helsinki days, right across the change to summer time", async () => {
    expect((await search({ family: familyB, from: "2026-03-29", to: "2026-03-29" })).rows.map((x) => x.action)).toEqual(["plan.disclose"]);
    expect((await search({ family: familyB, from: "2026-03-28", to: "2026-03-28" })).rows.map((x) => x.action)).toEqual(["plan.read"]);
    expect((await search({ from: "2026-03-10", to: "2026-03-10" })).total).toBe(120);
  });

  it("says when an address names nobody, and refuses an end before the start", async () => {
    expect(await search({ user: "nobody@example.fi" })).toMatchObject({ rows: [], total: 0, unknownUser: true });
    await expect(search({ from: "2026-03-10", to: "2026-03-09" })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { to: "searchEndBeforeStart" } });
  });

  it("logs every search with the filters used and whom it was about, never the typed address", async () => {
    await search({ user: worker.email, family: familyA, from: "2026-03-01" });
    const logged = await fresh.db.auditEvent.findFirstOrThrow({ where: { action: "audit.search", actorId: admin.id }, orderBy: { occurredAt: "desc" } });
    expect(logged).toMatchObject({ kind: "ACCESS", objectType: "User", objectId: worker.id, familyId: familyA });
    expect(logged.details).toEqual({ byUser: true, byFamily: true, from: "2026-03-01", to: null, page: 1, rows: 50 });
    expect(JSON.stringify(logged)).not.toContain(worker.email);
  });
});
