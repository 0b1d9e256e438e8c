// The first real slice: a frontline worker opens a collaboration with a new family; need to know,
// the use log, bad input and forged calls.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runSecureAction } from "@/lib/actions/secure-action.ts";
import { createCollaborationAction } from "@/lib/collaborations/actions.ts";
import { listMyCollaborations } from "@/lib/collaborations/list-my-collaborations.ts";
import { getCollaboration } from "@/lib/collaborations/get-collaboration.ts";
import type { SessionUser } from "@/lib/auth/session-user.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { buildOrganisation, buildUser, newCollaborationInput } from "../fixtures/builders.ts";

let fresh: FreshDatabase;
let worker: SessionUser;
let otherWorker: SessionUser;
let coordinator: SessionUser;

const asSession = (u: { id: string; name: string; email: string; roles: SessionUser["roles"]; locale: SessionUser["locale"] }): SessionUser => ({
  id: u.id,
  name: u.name,
  email: u.email,
  roles: u.roles,
  locale: u.locale,
});

async function counts() {
  const db = fresh.db;
  return { families: await db.family.count(), guardians: await db.guardian.count(), children: await db.child.count(), collaborations: await db.collaboration.count() };
}

beforeAll(async () => {
  fresh = await freshDatabase();
  const org = await buildOrganisation(fresh.db);
  worker = asSession(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id }));
  otherWorker = asSession(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id }));
  coordinator = asSession(await buildUser(fresh.db, { roles: ["COORDINATOR"], scopeCountyId: org.county.id }));
});
afterAll(() => fresh?.close());

const create = (user: SessionUser | null, input: unknown) => runSecureAction(createCollaborationAction, { db: fresh.db, user }, input);

describe("creating a collaboration with a new family", () => {
  it("stores the family with guardians, children's first names and birth years, language and entry route, owned by the worker", async () => {
    const result = await create(worker, newCollaborationInput({ familyLanguage: "sv", interpreterNeeded: true, entryRoute: "PHONE" }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const c = await fresh.db.collaboration.findUniqueOrThrow({
      where: { id: result.data.id },
      include: { family: { include: { guardians: true, children: true } }, members: true },
    });
    expect(c.ownerId).toBe(worker.id);
    expect(c.entryRoute).toBe("PHONE");
    expect(c.status).toBe("CONCERN_RAISED");
    expect(c.family.language).toBe("sv");
    expect(c.family.interpreterNeeded).toBe(true);
    expect(c.family.guardians).toHaveLength(1);
    expect(c.family.guardians[0]!.phone).toBe("040 123 4567");
    expect(c.family.children).toEqual([expect.objectContaining({ firstName: "Eetu", birthYear: 2019 })]);
    expect(c.members).toEqual([expect.objectContaining({ userId: worker.id, role: "OWNER", removedAt: null })]);
    const audit = await fresh.db.auditEvent.findFirst({ where: { action: "collaboration.create", collaborationId: c.id } });
    expect(audit).toMatchObject({ kind: "CHANGE", actorId: worker.id, familyId: c.familyId });
  });

  it("shows it on the worker's own list, and not on another worker's list", async () => {
    const result = await create(worker, newCollaborationInput());
    if (!result.ok) throw new Error("create failed");
    const mine = await listMyCollaborations(fresh.db, worker);
    expect(mine.map((r) => r.id)).toContain(result.data.id);
    const theirs = await listMyCollaborations(fresh.db, otherWorker);
    expect(theirs.map((r) => r.id)).not.toContain(result.data.id);
  });

  it("answers another worker, and a coordinator, exactly as for an id that does not exist", async () => {
    const result = await create(worker, newCollaborationInput());
    if (!result.ok) throw new Error("create failed");
    for (const stranger of [otherWorker, coordinator]) {
      await expect(getCollaboration(fresh.db, stranger, result.data.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(getCollaboration(fresh.db, worker, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(AppError);
    await expect(getCollaboration(fresh.db, worker, "'; DROP TABLE \"Family\"; --")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("writes a use-log event for every read, naming the family but no free text", async () => {
    const result = await create(worker, newCollaborationInput());
    if (!result.ok) throw new Error("create failed");
    await getCollaboration(fresh.db, worker, result.data.id);
    await getCollaboration(fresh.db, worker, result.data.id);
    const reads = await fresh.db.auditEvent.findMany({ where: { action: "collaboration.read", collaborationId: result.data.id } });
    expect(reads).toHaveLength(2);
    expect(reads[0]).toMatchObject({ kind: "ACCESS", actorId: worker.id, objectType: "Collaboration" });
    expect(reads[0]!.familyId).not.toBeNull();
    expect(JSON.stringify(reads)).not.toContain("Maija");
  });

  it("writes a use-log event when the list shows families", async () => {
    await listMyCollaborations(fresh.db, worker);
    const listed = await fresh.db.auditEvent.findFirst({ where: { action: "collaboration.list", actorId: worker.id }, orderBy: { occurredAt: "desc" } });
    expect(listed?.kind).toBe("ACCESS");
  });
});

describe("bad input to the new-collaboration action", () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ["an empty first name", { guardians: [{ firstName: "", lastName: "Virtanen", phone: "", email: "", language: "fi" }] }, "guardians.0.firstName", "required"],
    ["an over-long last name", { guardians: [{ firstName: "Maija", lastName: "V".repeat(61), phone: "", email: "", language: "fi" }] }, "guardians.0.lastName", "tooLong:60"],
    ["HTML in a name", { guardians: [{ firstName: "<script>alert(1)</script>", lastName: "Virtanen", phone: "", email: "", language: "fi" }] }, "guardians.0.firstName", "invalidName"],
    ["an SQL fragment in a name", { children: [{ firstName: "Robert'); DROP TABLE \"Child\";--", birthYear: "2019" }] }, "children.0.firstName", "invalidName"],
    ["a bidi override in a name", { children: [{ firstName: "Ee\u202Etu", birthYear: "2019" }] }, "children.0.firstName", "invalidName"],
    ["a wrong-type birth year", { children: [{ firstName: "Eetu", birthYear: 2019 }] }, "children.0.birthYear", "required"],
    ["a birth year in the future", { children: [{ firstName: "Eetu", birthYear: "2999" }] }, "children.0.birthYear", "invalidYear"],
    ["a malformed e-mail", { guardians: [{ firstName: "Maija", lastName: "Virtanen", phone: "", email: "maija@", language: "fi" }] }, "guardians.0.email", "invalidEmail"],
    ["letters in a phone number", { guardians: [{ firstName: "Maija", lastName: "Virtanen", phone: "soita minulle", email: "", language: "fi" }] }, "guardians.0.phone", "invalidPhone"],
    ["an unknown entry route", { entryRoute: "REFERRAL" }, "entryRoute", "invalidChoice"],
    ["an unknown language", { familyLanguage: "de" }, "familyLanguage", "invalidChoice"],
    ["no children at all", { children: [] }, "children", "atLeastOneChild"],
    ["no guardians at all", { guardians: [] }, "guardians", "atLeastOneGuardian"],
    ["a string where a boolean belongs", { interpreterNeeded: "yes" }, "interpreterNeeded", "invalidChoice"],
  ];

  it.each(cases)("refuses %s with a message key next to the field and writes nothing", async (_label, override, path, key) => {
    const before = await counts();
    const result = await create(worker, newCollaborationInput(override));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(400);
    expect(result.fieldErrors[path]).toBe(key);
    expect(await counts()).toEqual(before);
  });

  it("accepts names in any script and Finnish letters", async () => {
    const result = await create(
      worker,
      newCollaborationInput({ guardians: [{ firstName: "Åsa-Öllö", lastName: "O'Brien Zoë", phone: "+358 40 123 4567", email: "Asa@Example.fi", language: "sv" }] }),
    );
    expect(result.ok).toBe(true);
  });

  it("refuses a body that is not an object at all", async () => {
    for (const junk of [null, "x", 42, [], { guardians: "all" }]) {
      const result = await create(worker, junk);
      expect(result.ok).toBe(false);
    }
  });
});

describe("forged calls", () => {
  it("answers a signed-out caller 401 and writes nothing", async () => {
    const before = await counts();
    const result = await create(null, newCollaborationInput());
    expect(result).toMatchObject({ ok: false, status: 401 });
    expect(await counts()).toEqual(before);
  });

  it("answers a coordinator 404 and writes nothing", async () => {
    const before = await counts();
    const result = await create(coordinator, newCollaborationInput());
    expect(result).toMatchObject({ ok: false, status: 404 });
    expect(await counts()).toEqual(before);
  });

  it("refuses a worker with no unit (no municipality to file the family under) and writes nothing", async () => {
    const before = await counts();
    const noUnit = asSession(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] }));
    const result = await create(noUnit, newCollaborationInput());
    expect(result).toMatchObject({ ok: false, status: 403 });
    expect(await counts()).toEqual(before);
  });

  it("rolls back what the domain function wrote when it fails half-way", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const before = await counts();
    const failing = {
      ...createCollaborationAction,
      async run(ctx: Parameters<typeof createCollaborationAction.run>[0]) {
        await createCollaborationAction.run(ctx);
        throw new Error("disk full");
      },
    };
    const result = await runSecureAction(failing, { db: fresh.db, user: worker }, newCollaborationInput());
    expect(result).toMatchObject({ ok: false, status: 500, message: "unexpected" });
    expect(await counts()).toEqual(before);
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });
});
