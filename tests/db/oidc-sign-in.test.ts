import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { oidcJitConfig, oidcSignIn, type OidcJitConfig } from "@/lib/auth/oidc-sign-in.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { buildUser } from "../fixtures/builders.ts";

const ISSUER = "https://tunnistus.test.example";
const JIT_OFF: OidcJitConfig = { enabled: false, roles: [] };
const JIT_ON: OidcJitConfig = { enabled: true, roles: ["FRONTLINE_WORKER"] };

let fresh: FreshDatabase;
beforeAll(async () => {
  fresh = await freshDatabase();
});
afterAll(() => fresh?.close());

const newSubject = () => `sub-${randomUUID()}`;

async function authEvents(action: string) {
  return fresh.db.auditEvent.findMany({ where: { action }, orderBy: { occurredAt: "asc" } });
}

describe("single sign-on: which account a verified ID token is", () => {
  it("on first sign-in matches the account by the verified e-mail (any case) and stores issuer and subject", async () => {
    const user = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] });
    const subject = newSubject();
    const result = await oidcSignIn(fresh.db, { issuer: ISSUER, subject, email: ` ${user.email.toUpperCase()}`, emailVerified: true }, JIT_OFF);
    expect(result).toEqual({ ok: true, userId: user.id, via: "email" });
    expect(await fresh.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ oidcIssuer: ISSUER, oidcSubject: subject });
    const events = (await authEvents("signin.succeeded")).filter((e) => e.actorId === user.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: "AUTH", details: { provider: "oidc", via: "email" } });
  });

  it("then matches by the stored subject, even after the e-mail has changed on either side", async () => {
    const user = await buildUser(fresh.db, { roles: ["TEAM_MEMBER"] });
    const subject = newSubject();
    await oidcSignIn(fresh.db, { issuer: ISSUER, subject, email: user.email, emailVerified: true }, JIT_OFF);
    await fresh.db.user.update({ where: { id: user.id }, data: { email: `renamed-${randomUUID()}@test.example` } });
    const result = await oidcSignIn(fresh.db, { issuer: ISSUER, subject, email: "someone.else@test.example", emailVerified: false }, JIT_OFF);
    expect(result).toEqual({ ok: true, userId: user.id, via: "subject" });
  });

  it("recognises an account linked before the issuer was stored, and completes it with the issuer", async () => {
    const user = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] });
    const subject = newSubject();
    await fresh.db.user.update({ where: { id: user.id }, data: { oidcSubject: subject } });
    expect(await oidcSignIn(fresh.db, { issuer: ISSUER, subject }, JIT_OFF)).toEqual({ ok: true, userId: user.id, via: "subject" });
    expect(await fresh.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ oidcIssuer: ISSUER, oidcSubject: subject });
  });

  it("does not take the same subject from another issuer as the same person", async () => {
    const user = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] });
    const subject = newSubject();
    await oidcSignIn(fresh.db, { issuer: ISSUER, subject, email: user.email, emailVerified: true }, JIT_OFF);
    const result = await oidcSignIn(fresh.db, { issuer: "https://other-idp.test.example", subject }, JIT_OFF);
    expect(result).toEqual({ ok: false, reason: "unknown_user" });
  });

  it.each([
    ["false", false],
    ["missing", undefined],
    ["the string 'true'", "true"],
  ])("refuses an e-mail the provider has not verified (email_verified %s) and stores nothing", async (_label, emailVerified) => {
    const user = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] });
    const result = await oidcSignIn(fresh.db, { issuer: ISSUER, subject: newSubject(), email: user.email, emailVerified }, JIT_ON);
    expect(result).toEqual({ ok: false, reason: "unknown_user" });
    expect(await fresh.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ oidcIssuer: null, oidcSubject: null });
    expect(await fresh.db.user.count({ where: { email: user.email } })).toBe(1);
  });

  it("refuses a second identity for an account that already has a subject stored, and keeps the first", async () => {
    const user = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] });
    const first = newSubject();
    await oidcSignIn(fresh.db, { issuer: ISSUER, subject: first, email: user.email, emailVerified: true }, JIT_OFF);
    const result = await oidcSignIn(fresh.db, { issuer: ISSUER, subject: newSubject(), email: user.email, emailVerified: true }, JIT_ON);
    expect(result).toEqual({ ok: false, reason: "unknown_user" });
    expect(await fresh.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ oidcSubject: first });
    expect(await fresh.db.user.count({ where: { email: user.email } })).toBe(1);
  });

  it("refuses a deactivated account, whether found by subject or by e-mail, and audits the reason", async () => {
    const linked = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] });
    const subject = newSubject();
    await oidcSignIn(fresh.db, { issuer: ISSUER, subject, email: linked.email, emailVerified: true }, JIT_OFF);
    await fresh.db.user.update({ where: { id: linked.id }, data: { active: false, deactivatedAt: new Date() } });
    expect(await oidcSignIn(fresh.db, { issuer: ISSUER, subject }, JIT_OFF)).toEqual({ ok: false, reason: "inactive" });

    const unlinked = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] });
    await fresh.db.user.update({ where: { id: unlinked.id }, data: { active: false, deactivatedAt: new Date() } });
    const result = await oidcSignIn(fresh.db, { issuer: ISSUER, subject: newSubject(), email: unlinked.email, emailVerified: true }, JIT_ON);
    expect(result).toEqual({ ok: false, reason: "inactive" });
    expect(await fresh.db.user.findUniqueOrThrow({ where: { id: unlinked.id } })).toMatchObject({ oidcSubject: null, active: false });

    const refused = (await authEvents("signin.refused")).filter((e) => e.actorId === linked.id || e.actorId === unlinked.id);
    expect(refused.map((e) => e.details)).toEqual([
      { provider: "oidc", reason: "inactive" },
      { provider: "oidc", reason: "inactive" },
    ]);
  });

  it("refuses an unknown person when just-in-time creation is off, creates nothing and audits unknown_user", async () => {
    const email = `tuntematon-${randomUUID()}@test.example`;
    const before = (await authEvents("signin.refused")).length;
    const result = await oidcSignIn(fresh.db, { issuer: ISSUER, subject: newSubject(), email, emailVerified: true, name: "Tuntematon" }, JIT_OFF);
    expect(result).toEqual({ ok: false, reason: "unknown_user" });
    expect(await fresh.db.user.count({ where: { email } })).toBe(0);
    const after = await authEvents("signin.refused");
    expect(after).toHaveLength(before + 1);
    // The audit names no one and holds no e-mail: the address is not an account here.
    expect(after.at(-1)).toMatchObject({ kind: "AUTH", actorId: null, details: { provider: "oidc", reason: "unknown_user" } });
    expect(JSON.stringify(after.at(-1))).not.toContain(email);
  });

  it("with just-in-time creation on, creates the account with the configured roles, name and e-mail from the claims, and audits it", async () => {
    const email = `Uusi-${randomUUID()}@Test.example`;
    const subject = newSubject();
    const result = await oidcSignIn(fresh.db, { issuer: ISSUER, subject, email, emailVerified: true, name: "Uusi Työntekijä", locale: "sv-FI" }, { enabled: true, roles: ["FRONTLINE_WORKER", "TEAM_MEMBER"] });
    expect(result).toMatchObject({ ok: true, via: "created" });
    const created = await fresh.db.user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    expect(created).toMatchObject({ name: "Uusi Työntekijä", roles: ["FRONTLINE_WORKER", "TEAM_MEMBER"], locale: "sv", oidcIssuer: ISSUER, oidcSubject: subject, passwordHash: null, active: true });
    const audit = await fresh.db.auditEvent.findFirstOrThrow({ where: { action: "auth.oidc.user.create", objectId: created.id } });
    expect(audit).toMatchObject({ kind: "CHANGE", actorId: created.id, objectType: "User", details: { provider: "oidc", roles: ["FRONTLINE_WORKER", "TEAM_MEMBER"] } });
    // The next sign-in is by subject, not a second account.
    expect(await oidcSignIn(fresh.db, { issuer: ISSUER, subject, email, emailVerified: true }, JIT_ON)).toEqual({ ok: true, userId: created.id, via: "subject" });
    expect(await fresh.db.user.count({ where: { email: email.toLowerCase() } })).toBe(1);
  });

  it("with just-in-time creation on, still refuses a token without a verified e-mail", async () => {
    const subject = newSubject();
    expect(await oidcSignIn(fresh.db, { issuer: ISSUER, subject, name: "Ei Sähköpostia" }, JIT_ON)).toEqual({ ok: false, reason: "unknown_user" });
    expect(await fresh.db.user.count({ where: { oidcSubject: subject } })).toBe(0);
  });

  it("never changes an existing account's roles, whatever the configuration says", async () => {
    const user = await buildUser(fresh.db, { roles: ["GUIDANCE_WORKER"] });
    await oidcSignIn(fresh.db, { issuer: ISSUER, subject: newSubject(), email: user.email, emailVerified: true }, { enabled: true, roles: ["ADMIN"] });
    expect(await fresh.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ roles: ["GUIDANCE_WORKER"] });
  });
});

describe("just-in-time configuration (OIDC_JIT, OIDC_JIT_ROLES)", () => {
  it("is off unless OIDC_JIT=1, and defaults to frontline workers", () => {
    expect(oidcJitConfig({})).toEqual({ enabled: false, roles: ["FRONTLINE_WORKER"] });
    expect(oidcJitConfig({ OIDC_JIT: "1" })).toEqual({ enabled: true, roles: ["FRONTLINE_WORKER"] });
    expect(oidcJitConfig({ OIDC_JIT: "1", OIDC_JIT_ROLES: " FRONTLINE_WORKER , TEAM_MEMBER" })).toEqual({ enabled: true, roles: ["FRONTLINE_WORKER", "TEAM_MEMBER"] });
  });

  it("refuses to start with a role name that does not exist", () => {
    expect(() => oidcJitConfig({ OIDC_JIT: "1", OIDC_JIT_ROLES: "FRONTLINE_WORKR" })).toThrow(/FRONTLINE_WORKR/);
  });
});
