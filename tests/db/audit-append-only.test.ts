// The use and disclosure log cannot be altered by the application: once written, an audit event
// is never changed or removed (703/2023). The database itself refuses, on PGlite and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRead } from "@/lib/audit/audit.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { buildUser } from "../fixtures/builders.ts";

let fresh: FreshDatabase;
let actorId: string;
let eventId: string;

beforeAll(async () => {
  fresh = await freshDatabase();
  actorId = (await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] })).id;
  await auditRead(fresh.db, "collaboration.list", { actorId });
  eventId = (await fresh.db.auditEvent.findFirstOrThrow({ where: { actorId }, select: { id: true } })).id;
});
afterAll(() => fresh?.close());

const unchanged = async () => expect(await fresh.db.auditEvent.findUniqueOrThrow({ where: { id: eventId }, select: { action: true, actorId: true } })).toEqual({ action: "collaboration.list", actorId });

describe("the audit trail is append-only", () => {
  it("refuses to change an event", async () => {
    await expect(fresh.db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "action" = 'nothing.happened' WHERE "id" = $1::uuid`, eventId)).rejects.toThrow(/append-only/);
    await expect(fresh.db.auditEvent.updateMany({ where: { id: eventId }, data: { actorId: null } })).rejects.toThrow(/append-only/);
    await unchanged();
  });

  it("refuses to delete an event, one or all", async () => {
    await expect(fresh.db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "id" = $1::uuid`, eventId)).rejects.toThrow(/append-only/);
    await expect(fresh.db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    await unchanged();
  });

  it("keeps the actor: a user whose actions are logged cannot be deleted", async () => {
    await expect(fresh.db.user.delete({ where: { id: actorId } })).rejects.toThrow();
    await unchanged();
  });

  it("still takes new events", async () => {
    const before = await fresh.db.auditEvent.count();
    await auditRead(fresh.db, "collaboration.list", { actorId });
    expect(await fresh.db.auditEvent.count()).toBe(before + 1);
  });
});
