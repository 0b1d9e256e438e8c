// Users (issue 13): an admin creates a user, who gets an invitation in their own language with a
// single-use 72-hour link (only its hash is stored) and chooses a password with it; forgotten
// passwords get the same kind of link with the same answer for unknown addresses; role changes and
// deactivation end the user's sessions; the last admin cannot be removed; a CSV import is
// all-or-nothing with a report of every failed row; deactivated workers still holding open work are
// listed for reassignment without family data. Non-admins get NOT_FOUND; every change is audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSecureAction } from "@/lib/actions/secure-action.ts";
import {
  createUserAction,
  deactivateUserAction,
  importUsersAction,
  reactivateUserAction,
  resendInvitationAction,
  updateUserAction,
} from "@/lib/admin/users/actions.ts";
import { listUsers } from "@/lib/admin/users/list-users.ts";
import { listAwaitingReassignment } from "@/lib/admin/users/list-awaiting-reassignment.ts";
import { reassignChairAction } from "@/lib/admin/users/actions.ts";
import { chairCandidates } from "@/lib/admin/users/reassign-chair.ts";
import { IMPORT_MAX_ROWS } from "@/lib/admin/users/import-users.ts";
import { userListQuery } from "@/lib/admin/users/schema.ts";
import { checkAccountToken, hashAccountToken } from "@/lib/auth/account-token.ts";
import { setPasswordWithToken } from "@/lib/auth/set-password-with-token.ts";
import { setPasswordSchema } from "@/lib/auth/set-password-schema.ts";
import { requestPasswordReset, RESET_LIMITS } from "@/lib/auth/request-password-reset.ts";
import { verifyPassword } from "@/lib/auth/password.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import type { SessionUser } from "@/lib/auth/session-user.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { buildCollaboration, buildMeeting, buildOrganisation, buildUser } from "../fixtures/builders.ts";

let fresh: FreshDatabase;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let admin: SessionUser;
let worker: SessionUser;

const session = (u: { id: string; name: string; email: string; roles: SessionUser["roles"]; locale: SessionUser["locale"] }): SessionUser => ({ id: u.id, name: u.name, email: u.email, roles: u.roles, locale: u.locale });
const as = (user: SessionUser) => ({ db: fresh.db, user });
let n = 0;
const uniqueEmail = (p = "uusi") => `${p}-${Date.now().toString(36)}-${++n}@kunta.example`;
const newUser = (over: Record<string, unknown> = {}) => ({
  name: "Sanna Uusitalo",
  email: uniqueEmail(),
  title: "perhetyöntekijä",
  unitId: org.unit.id,
  locale: "sv",
  roles: ["FRONTLINE_WORKER"],
  coordinatorScope: "",
  ...over,
});
const csv = (text: string) => ({ bytes: new TextEncoder().encode(text) });
const HEADER = "name;email;title;unit;language;roles";
/** The token in a mail's set-password link. */
const tokenIn = (body: string) => /\/account\/set-password\/([A-Za-z0-9_-]{43})/.exec(body)?.[1] ?? "";
const outboxFor = (email: string) => fresh.db.emailOutbox.findMany({ where: { toAddress: email }, orderBy: { createdAt: "asc" } });
const expectFieldError = async (p: Promise<unknown>, field: string, key: string) => {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).fieldErrors[field]).toBe(key);
};
const setPassword = (token: string, password: string, now?: Date) =>
  fresh.db.$transaction((tx) => setPasswordWithToken(tx, setPasswordSchema.parse({ token, password, confirm: password }), now));

beforeAll(async () => {
  fresh = await freshDatabase();
  org = await buildOrganisation(fresh.db);
  admin = session(await buildUser(fresh.db, { roles: ["ADMIN"] }));
  worker = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id }));
});
afterAll(() => fresh?.close());

describe("creating a user", () => {
  it("creates the user without a password and queues an invitation in their language, storing only the link's hash", async () => {
    const input = newUser();
    const r = await runSecureAction(createUserAction, as(admin), input);
    expect(r.ok).toBe(true);
    const id = r.ok ? r.data.id : "";
    const user = await fresh.db.user.findUniqueOrThrow({ where: { id } });
    expect(user).toMatchObject({ email: input.email, locale: "sv", roles: ["FRONTLINE_WORKER"], unitId: org.unit.id, passwordHash: null, active: true });

    const [mail, ...more] = await outboxFor(input.email);
    expect(more).toEqual([]);
    expect(mail).toMatchObject({ locale: "sv", subject: "Inbjudan till tjänsten Yhteinen aika", status: "PENDING" });
    expect(mail!.textBody).toContain("72 timmar");
    const token = tokenIn(mail!.textBody);
    expect(token).toHaveLength(43);

    const stored = await fresh.db.accountToken.findMany({ where: { userId: id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ kind: "INVITATION", tokenHash: hashAccountToken(token), usedAt: null, createdById: admin.id });
    expect(JSON.stringify(stored)).not.toContain(token);
    const hours = (stored[0]!.expiresAt.getTime() - stored[0]!.createdAt.getTime()) / 3_600_000;
    expect(hours).toBe(72);

    const audit = await fresh.db.auditEvent.findFirst({ where: { action: "admin.user.create", objectId: id } });
    expect(audit).toMatchObject({ kind: "CHANGE", actorId: admin.id, objectType: "User" });
    expect(JSON.stringify(audit!.details)).not.toContain(input.name);
  });

  it("refuses a duplicate e-mail (in any letter case) with a field error and writes nothing", async () => {
    const first = newUser();
    expect((await runSecureAction(createUserAction, as(admin), first)).ok).toBe(true);
    const before = await fresh.db.user.count();
    const r = await runSecureAction(createUserAction, as(admin), newUser({ email: first.email.toUpperCase(), name: "Toinen Henkilö" }));
    expect(r).toMatchObject({ ok: false, fieldErrors: { email: "emailTaken" } });
    expect(await fresh.db.user.count()).toBe(before);
    expect(await outboxFor(first.email)).toHaveLength(1);
  });

  it("two admins adding the same address at once: one user is created, the other admin gets the field error", async () => {
    const input = newUser();
    const results = await Promise.all([runSecureAction(createUserAction, as(admin), input), runSecureAction(createUserAction, as(admin), { ...input, name: "Toinen Samaan Aikaan" })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, fieldErrors: { email: "emailTaken" } });
    expect(await fresh.db.user.count({ where: { email: input.email } })).toBe(1);
  });

  it("asks a coordinator's scope and stores it as the reports read it", async () => {
    const missing = await runSecureAction(createUserAction, as(admin), newUser({ roles: ["COORDINATOR"], coordinatorScope: "" }));
    expect(missing).toMatchObject({ ok: false, fieldErrors: { coordinatorScope: "scopeRequired" } });
    const r = await runSecureAction(createUserAction, as(admin), newUser({ roles: ["COORDINATOR"], coordinatorScope: `municipality:${org.municipality.id}` }));
    const u = await fresh.db.user.findUniqueOrThrow({ where: { id: r.ok ? r.data.id : "" } });
    expect(u).toMatchObject({ scopeMunicipalityId: org.municipality.id, scopeCountyId: null });
  });

  it("refuses a retired unit", async () => {
    const retired = await fresh.db.unit.create({ data: { name: `Lakkautettu ${n++}`, sector: "ECEC", areaId: org.area.id, active: false } });
    const r = await runSecureAction(createUserAction, as(admin), newUser({ unitId: retired.id }));
    expect(r).toMatchObject({ ok: false, fieldErrors: { unitId: "unknownUnit" } });
  });

  it("re-sending an invitation makes the old link stop working", async () => {
    const input = newUser();
    const r = await runSecureAction(createUserAction, as(admin), input);
    const id = r.ok ? r.data.id : "";
    const oldToken = tokenIn((await outboxFor(input.email))[0]!.textBody);
    expect((await runSecureAction(resendInvitationAction, as(admin), { id })).ok).toBe(true);
    const mails = await outboxFor(input.email);
    expect(mails).toHaveLength(2);
    const newToken = tokenIn(mails[1]!.textBody);
    expect(await checkAccountToken(fresh.db, oldToken)).toEqual({ status: "invalid" });
    expect((await checkAccountToken(fresh.db, newToken)).status).toBe("valid");
    expect(await fresh.db.auditEvent.count({ where: { action: "admin.user.invite", objectId: id, actorId: admin.id } })).toBe(1);
  });
});

describe("setting a password with the link", () => {
  async function invited() {
    const input = newUser({ locale: "fi" });
    const r = await runSecureAction(createUserAction, as(admin), input);
    const id = r.ok ? r.data.id : "";
    return { id, token: tokenIn((await outboxFor(input.email))[0]!.textBody) };
  }

  it("sets an argon2 hash, spends the link, ends sessions and audits; the same link cannot be used again", async () => {
    const { id, token } = await invited();
    await setPassword(token, "Kevät-aamu-kahvilla-42");
    const u = await fresh.db.user.findUniqueOrThrow({ where: { id } });
    expect(u.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(u.passwordHash!, "Kevät-aamu-kahvilla-42")).toBe(true);
    expect(u.passwordChangedAt).not.toBeNull();
    expect(u.sessionVersion).toBe(1);
    expect(await fresh.db.auditEvent.findFirst({ where: { action: "account.password.set", objectId: id } })).toMatchObject({ actorId: id, details: { via: "INVITATION" } });

    await expectFieldError(setPassword(token, "Toinen-hyvä-salasana-7"), "token", "linkUsed");
    expect(await verifyPassword((await fresh.db.user.findUniqueOrThrow({ where: { id } })).passwordHash!, "Kevät-aamu-kahvilla-42")).toBe(true);
  });

  it("refuses an expired link (after 72 hours) and writes nothing", async () => {
    const { id, token } = await invited();
    await expectFieldError(setPassword(token, "Kevät-aamu-kahvilla-42", new Date(Date.now() + 72 * 3_600_000 + 1000)), "token", "linkExpired");
    expect((await fresh.db.user.findUniqueOrThrow({ where: { id } })).passwordHash).toBeNull();
  });

  it("refuses a made-up link, and weak, common or mismatched passwords by the policy", async () => {
    await expectFieldError(setPassword("x".repeat(43), "Kevät-aamu-kahvilla-42"), "token", "linkInvalid");
    const { token } = await invited();
    const problems = (password: string, confirm = password) => {
      const r = setPasswordSchema.safeParse({ token, password, confirm });
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    };
    expect(problems("lyhyt-1")).toEqual(["password:passwordTooShort"]);
    expect(problems("salasana2026!")).toEqual(["password:passwordCommon"]);
    expect(problems("Kevät-aamu-kahvilla-42", "Kevät-aamu-kahvilla-43")).toEqual(["confirm:passwordsDiffer"]);
  });
});

describe("forgotten password", () => {
  it("mails a reset link in the user's language for a known address, nothing for an unknown one, and answers both the same", async () => {
    const known = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], locale: "en" });
    const unknown = uniqueEmail("ei-ole");
    const answers = await Promise.all([
      requestPasswordReset(fresh.db, { email: known.email.toUpperCase(), ip: "10.0.0.1" }).then(() => "ok"),
      requestPasswordReset(fresh.db, { email: unknown, ip: "10.0.0.1" }).then(() => "ok"),
    ]);
    expect(answers).toEqual(["ok", "ok"]);
    expect(await outboxFor(unknown)).toEqual([]);
    const [mail] = await outboxFor(known.email);
    expect(mail).toMatchObject({ locale: "en", subject: "Changing your password – Yhteinen aika" });
    const token = tokenIn(mail!.textBody);
    expect(await checkAccountToken(fresh.db, token)).toMatchObject({ status: "valid", kind: "PASSWORD_RESET" });
    await setPassword(token, "Uusi-pitkä-lause-talvella");
    expect(await fresh.db.auditEvent.findFirst({ where: { action: "account.password.set", objectId: known.id } })).toMatchObject({ details: { via: "PASSWORD_RESET" } });
  });

  it("is rate limited per address, whether the address exists or not, and per client address", async () => {
    const unknown = uniqueEmail("ei-ole");
    for (let i = 0; i < RESET_LIMITS.perAddress.limit; i++) await requestPasswordReset(fresh.db, { email: unknown, ip: `10.1.0.${i}` });
    await expectFieldError(requestPasswordReset(fresh.db, { email: unknown, ip: "10.1.1.1" }), "email", "resetRateLimited");

    const ip = "10.2.0.1";
    for (let i = 0; i < RESET_LIMITS.perIp.limit; i++) await requestPasswordReset(fresh.db, { email: uniqueEmail("ip"), ip });
    const known = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] });
    await expectFieldError(requestPasswordReset(fresh.db, { email: known.email, ip }), "email", "resetRateLimited");
    expect(await outboxFor(known.email)).toEqual([]);
  });

  it("sends nothing to a deactivated user", async () => {
    const gone = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] });
    await fresh.db.user.update({ where: { id: gone.id }, data: { active: false, deactivatedAt: new Date() } });
    await requestPasswordReset(fresh.db, { email: gone.email, ip: "10.3.0.1" });
    expect(await outboxFor(gone.email)).toEqual([]);
  });
});

describe("changing access", () => {
  it("a role change ends the user's sessions and audits the old and new roles", async () => {
    const u = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id, name: "Roosa Roolinen" });
    const base = { id: u.id, name: u.name, email: u.email, title: u.title, unitId: org.unit.id, locale: "fi", coordinatorScope: "" };
    const titleOnly = await runSecureAction(updateUserAction, as(admin), { ...base, roles: ["FRONTLINE_WORKER"], title: "erityisopettaja" });
    expect(titleOnly).toMatchObject({ ok: true, data: { sessionsEnded: false } });
    expect((await fresh.db.user.findUniqueOrThrow({ where: { id: u.id } })).sessionVersion).toBe(0);

    const r = await runSecureAction(updateUserAction, as(admin), { ...base, roles: ["FRONTLINE_WORKER", "TEAM_MEMBER"] });
    expect(r).toMatchObject({ ok: true, data: { sessionsEnded: true } });
    const after = await fresh.db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(after).toMatchObject({ roles: ["FRONTLINE_WORKER", "TEAM_MEMBER"], sessionVersion: 1 });
    expect(await fresh.db.auditEvent.findFirst({ where: { action: "admin.user.roles", objectId: u.id } })).toMatchObject({
      actorId: admin.id,
      details: { from: ["FRONTLINE_WORKER"], to: ["FRONTLINE_WORKER", "TEAM_MEMBER"] },
    });
    expect(await fresh.db.auditEvent.findFirst({ where: { action: "admin.user.update", objectId: u.id } })).toMatchObject({ details: { fields: ["title"] } });
  });

  it("deactivation ends the sessions, spends open links and audits; reactivation lets the user back", async () => {
    const input = newUser();
    const created = await runSecureAction(createUserAction, as(admin), input);
    const id = created.ok ? created.data.id : "";
    const token = tokenIn((await outboxFor(input.email))[0]!.textBody);
    expect((await runSecureAction(deactivateUserAction, as(admin), { id })).ok).toBe(true);
    const off = await fresh.db.user.findUniqueOrThrow({ where: { id } });
    expect(off).toMatchObject({ active: false, sessionVersion: 1 });
    expect(off.deactivatedAt).not.toBeNull();
    expect(await checkAccountToken(fresh.db, token)).toEqual({ status: "invalid" });
    expect((await runSecureAction(reactivateUserAction, as(admin), { id })).ok).toBe(true);
    expect(await fresh.db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ active: true, deactivatedAt: null });
    const actions = (await fresh.db.auditEvent.findMany({ where: { objectId: id, actorId: admin.id }, orderBy: { occurredAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["admin.user.create", "admin.user.deactivate", "admin.user.reactivate"]);
  });

  it("refuses to remove the ADMIN role from, or deactivate, the last active admin", async () => {
    const other = await fresh.db.user.findMany({ where: { active: true, roles: { has: "ADMIN" }, id: { not: admin.id } } });
    await fresh.db.user.updateMany({ where: { id: { in: other.map((o) => o.id) } }, data: { active: false } });
    try {
      const me = await fresh.db.user.findUniqueOrThrow({ where: { id: admin.id } });
      const demote = await runSecureAction(updateUserAction, as(admin), { id: me.id, name: "Paula Pääkäyttäjä", email: me.email, title: me.title, unitId: "", locale: "fi", roles: ["FRONTLINE_WORKER"], coordinatorScope: "" });
      expect(demote).toMatchObject({ ok: false, fieldErrors: { roles: "lastAdmin" } });
      expect(await runSecureAction(deactivateUserAction, as(admin), { id: me.id })).toMatchObject({ ok: false, fieldErrors: { _form: "lastAdmin" } });
      expect(await fresh.db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ active: true, roles: ["ADMIN"], sessionVersion: 0 });

      // With a second active admin, either may go.
      const second = await buildUser(fresh.db, { roles: ["ADMIN"] });
      expect((await runSecureAction(deactivateUserAction, as(admin), { id: second.id })).ok).toBe(true);
    } finally {
      await fresh.db.user.updateMany({ where: { id: { in: other.map((o) => o.id) } }, data: { active: true } });
    }
  });
});

describe("the user list", () => {
  it("searches the start of the name, surname or e-mail, filters by role and state, and pages in SQL with a total", async () => {
    const tag = `Qx${Date.now().toString(36)}`;
    for (let i = 0; i < 53; i++) await fresh.db.user.create({ data: { name: `${tag} Henkilö${String(i).padStart(2, "0")}`, email: `${tag.toLowerCase()}-${i}@kunta.example`, title: "t", roles: i % 2 ? ["TEAM_MEMBER"] : ["FRONTLINE_WORKER"], active: i !== 0 } });
    const list = (q: Record<string, unknown>) => listUsers(fresh.db, admin, userListQuery.parse(q));
    const first = await list({ q: tag.toLowerCase() });
    expect(first).toMatchObject({ total: 53, page: 1, pages: 2 });
    expect(first.rows).toHaveLength(50);
    expect((await list({ q: tag, page: "2" })).rows.map((r) => r.name)).toEqual([`${tag} Henkilö50`, `${tag} Henkilö51`, `${tag} Henkilö52`]);
    expect((await list({ q: "henkilö07" })).rows.map((r) => r.name)).toEqual([`${tag} Henkilö07`]);
    expect((await list({ q: `${tag.toLowerCase()}-12@` })).total).toBe(1);
    expect((await list({ q: tag, role: "TEAM_MEMBER" })).total).toBe(26);
    expect((await list({ q: tag, status: "inactive" })).rows.map((r) => r.name)).toEqual([`${tag} Henkilö00`]);
    expect((await list({ q: "%" })).total).toBe(0);
  });
});

describe("CSV import", () => {
  const row = (name: string, email: string, extra = "") => `${name};${email};perhetyöntekijä;${extra || org.unit.name};sv;FRONTLINE_WORKER|TEAM_MEMBER`;

  it("imports every row in one go (BOM, semicolons) and invites each in their language", async () => {
    const a = uniqueEmail("csv");
    const b = uniqueEmail("csv");
    const r = await runSecureAction(importUsersAction, as(admin), csv(`\uFEFF${HEADER}\r\n${row("Anna Aalto", a)}\r\n${row("Bertil Berg", b)}\r\n`));
    expect(r).toEqual({ ok: true, data: { imported: 2 } });
    const users = await fresh.db.user.findMany({ where: { email: { in: [a, b] } }, orderBy: { email: "asc" } });
    expect(users.map((u) => [u.roles, u.locale, u.unitId])).toEqual([
      [["FRONTLINE_WORKER", "TEAM_MEMBER"], "sv", org.unit.id],
      [["FRONTLINE_WORKER", "TEAM_MEMBER"], "sv", org.unit.id],
    ]);
    expect((await outboxFor(a))[0]).toMatchObject({ locale: "sv" });
    expect(await fresh.db.auditEvent.count({ where: { action: "admin.user.create", objectId: { in: users.map((u) => u.id) } } })).toBe(2);
  });

  it("reads comma-separated files too", async () => {
    const e = uniqueEmail("csv");
    const r = await runSecureAction(importUsersAction, as(admin), csv(`name,email,title,unit,language,roles\nAnna Aalto,${e},"opettaja, erityisluokka",${org.unit.name},fi,frontline_worker\n`));
    expect(r).toEqual({ ok: true, data: { imported: 1 } });
  });

  it("imports nothing when any row fails, and reports each failed row's number, column and reason", async () => {
    const existing = worker.email;
    const good = uniqueEmail("csv");
    const dup = uniqueEmail("csv");
    const before = await fresh.db.user.count();
    const lines = [
      HEADER,
      row("Hyvä Rivi", good),
      row("Kaksi Kertaa", dup),
      row("Kaksi Kertaa", dup),
      row("Jo Olemassa", existing),
      row("Tuntematon Yksikkö", uniqueEmail("csv"), "Ei tällaista yksikköä"),
      `Väärä Rooli;${uniqueEmail("csv")};t;${org.unit.name};fi;BOSS`,
      `Huono Osoite;ei-osoite;t;${org.unit.name};fi;TEAM_MEMBER`,
      `=cmd|' /C calc'!A0;${uniqueEmail("csv")};t;${org.unit.name};fi;TEAM_MEMBER`,
      `Plus Merkki;${uniqueEmail("csv")};+358401234567;${org.unit.name};fi;TEAM_MEMBER`,
      `Kieli Väärin;${uniqueEmail("csv")};t;${org.unit.name};de;TEAM_MEMBER`,
    ];
    const r = await runSecureAction(importUsersAction, as(admin), csv(lines.join("\n")));
    expect(r.ok).toBe(false);
    expect(r.ok ? {} : r.fieldErrors).toEqual({
      "rows.4.email": "duplicateInFile",
      "rows.5.email": "emailTaken",
      "rows.6.unit": "unknownUnit",
      "rows.7.roles": "invalidRole",
      "rows.8.email": "invalidEmail",
      "rows.9.name": "formulaInjection",
      "rows.10.title": "formulaInjection",
      "rows.11.language": "invalidLanguage",
    });
    expect(await fresh.db.user.count()).toBe(before);
    expect(await outboxFor(good)).toEqual([]);
  });

  it("imports the largest file allowed (2,000 users) in one short transaction, every user invited", async () => {
    const tag = `max${Date.now().toString(36)}`;
    const text = [HEADER, ...Array.from({ length: IMPORT_MAX_ROWS }, (_, i) => `Henkilö Numero;${tag}-${i}@x.fi;t;;fi;TEAM_MEMBER`)].join("\n");
    const started = Date.now();
    expect(await runSecureAction(importUsersAction, as(admin), csv(text))).toEqual({ ok: true, data: { imported: IMPORT_MAX_ROWS } });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await fresh.db.emailOutbox.count({ where: { toAddress: { startsWith: `${tag}-` }, subject: "Kutsu Yhteinen aika -palveluun" } })).toBe(IMPORT_MAX_ROWS);
    const one = await fresh.db.user.findUniqueOrThrow({ where: { email: `${tag}-7@x.fi` }, include: { accountTokens: true } });
    expect(one).toMatchObject({ roles: ["TEAM_MEMBER"], locale: "fi", passwordHash: null });
    expect(one.accountTokens).toMatchObject([{ kind: "INVITATION", createdById: admin.id, usedAt: null }]);
    const mail = await fresh.db.emailOutbox.findFirstOrThrow({ where: { toAddress: one.email } });
    expect(one.accountTokens[0]!.tokenHash).toBe(hashAccountToken(tokenIn(mail.textBody)));
    expect(await fresh.db.auditEvent.findFirst({ where: { action: "admin.user.create", objectId: one.id } })).toMatchObject({ actorId: admin.id, details: { roles: ["TEAM_MEMBER"], via: "import", unitId: null, locale: "fi" } });
  }, 60_000);

  it("refuses a file that is not UTF-8, has no proper header, or is too large, as a whole", async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode(`${HEADER}\nJ`), 0xe4, ...new TextEncoder().encode(`rvi;x@y.fi;t;u;fi;TEAM_MEMBER\n`)]);
    expect(await runSecureAction(importUsersAction, as(admin), { bytes: latin1 })).toMatchObject({ ok: false, fieldErrors: { file: "csvEncoding" } });
    expect(await runSecureAction(importUsersAction, as(admin), csv("nimi;sposti\nA;b@c.fi\n"))).toMatchObject({ ok: false, fieldErrors: { file: "csvHeader" } });
    expect(await runSecureAction(importUsersAction, as(admin), csv(`${HEADER}\n`))).toMatchObject({ ok: false, fieldErrors: { file: "csvEmpty" } });

    const many = (count: number) => [HEADER, ...Array.from({ length: count }, (_, i) => `Henkilö Numero;h${i}@x.fi;t;;fi;TEAM_MEMBER`)].join("\n");
    expect(await runSecureAction(importUsersAction, as(admin), csv(many(IMPORT_MAX_ROWS + 1)))).toMatchObject({ ok: false, fieldErrors: { file: "csvTooManyRows" } });
    const started = Date.now();
    expect(await runSecureAction(importUsersAction, as(admin), csv(many(100_000)))).toMatchObject({ ok: false, fieldErrors: { file: "csvTooLarge" } });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe("waiting for a new responsible worker or chair", () => {
  it("lists deactivated users still holding open work, per municipality, with counts only, scoped to the admin's municipality", async () => {
    const other = await buildOrganisation(fresh.db);
    const leaver = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id, name: "Lähtevä Työntekijä" });
    const c1 = await buildCollaboration(fresh.db, leaver, { id: org.area.id, municipalityId: org.municipality.id });
    await buildMeeting(fresh.db, c1.id, leaver);
    const c2 = await buildCollaboration(fresh.db, worker, { id: other.area.id, municipalityId: other.municipality.id });
    await fresh.db.responsibleWorker.create({ data: { collaborationId: c2.id, userId: leaver.id, slot: 1, assignedById: worker.id } });
    const closed = await buildCollaboration(fresh.db, leaver, { id: org.area.id, municipalityId: org.municipality.id });
    await fresh.db.collaboration.update({ where: { id: closed.id }, data: { status: "CLOSED", closedAt: new Date() } });
    const stillActive = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] });
    await buildCollaboration(fresh.db, stillActive, { id: org.area.id, municipalityId: org.municipality.id });

    expect((await listAwaitingReassignment(fresh.db, admin)).rows.filter((r) => r.userId === leaver.id)).toEqual([]);
    await runSecureAction(deactivateUserAction, as(admin), { id: leaver.id });

    const all = await listAwaitingReassignment(fresh.db, admin);
    const mine = all.rows.filter((r) => r.userId === leaver.id).map(({ deactivatedAt, ...r }) => ({ ...r, deactivated: deactivatedAt !== null }));
    expect(mine.sort((a, b) => a.municipalityName.localeCompare(b.municipalityName))).toEqual(
      [
        { userId: leaver.id, name: "Lähtevä Työntekijä", title: leaver.title, deactivated: true, municipalityId: org.municipality.id, municipalityName: org.municipality.name, responsibleCount: 0, ownedCount: 1, meetingCount: 1 },
        { userId: leaver.id, name: "Lähtevä Työntekijä", title: leaver.title, deactivated: true, municipalityId: other.municipality.id, municipalityName: other.municipality.name, responsibleCount: 1, ownedCount: 0, meetingCount: 0 },
      ].sort((a, b) => a.municipalityName.localeCompare(b.municipalityName)),
    );
    expect(all.rows.some((r) => r.userId === stillActive.id)).toBe(false);
    expect(JSON.stringify(all.rows)).not.toMatch(/Eetu|Korhonen/);

    const localAdmin = session(await buildUser(fresh.db, { roles: ["ADMIN"], scopeMunicipalityId: other.municipality.id }));
    const local = await listAwaitingReassignment(fresh.db, localAdmin);
    expect(local.scoped).toBe(true);
    expect(local.rows.map((r) => r.municipalityId)).toEqual([other.municipality.id]);
  });
});

describe("naming a new chair", () => {
  it("moves the deactivated worker's open collaborations and scheduled meetings in that municipality to an active professional there, and audits it", async () => {
    const other = await buildOrganisation(fresh.db);
    const leaver = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id, name: "Lähtevä Puheenjohtaja" });
    const successor = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id, name: "Uusi Puheenjohtaja" });
    const elsewhere = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: other.unit.id });
    const here = await buildCollaboration(fresh.db, leaver, { id: org.area.id, municipalityId: org.municipality.id });
    const meeting = await buildMeeting(fresh.db, here.id, leaver);
    const there = await buildCollaboration(fresh.db, leaver, { id: other.area.id, municipalityId: other.municipality.id });
    await runSecureAction(deactivateUserAction, as(admin), { id: leaver.id });

    const { candidates } = await chairCandidates(fresh.db, admin, { fromUserId: leaver.id, municipalityId: org.municipality.id });
    expect(candidates.map((c) => c.id)).toContain(successor.id);
    expect(candidates.map((c) => c.id)).not.toContain(elsewhere.id);

    const input = { fromUserId: leaver.id, municipalityId: org.municipality.id };
    expect(await runSecureAction(reassignChairAction, as(admin), { ...input, toUserId: elsewhere.id })).toMatchObject({ ok: false, fieldErrors: { toUserId: "chairNotEligible" } });
    expect(await runSecureAction(reassignChairAction, as(worker), { ...input, toUserId: successor.id })).toMatchObject({ ok: false, status: 404 });

    expect(await runSecureAction(reassignChairAction, as(admin), { ...input, toUserId: successor.id })).toEqual({ ok: true, data: { collaborations: 1, meetings: 1 } });
    expect((await fresh.db.collaboration.findUniqueOrThrow({ where: { id: here.id } })).ownerId).toBe(successor.id);
    expect((await fresh.db.jointMeeting.findUniqueOrThrow({ where: { id: meeting.id } })).organizerId).toBe(successor.id);
    expect((await fresh.db.collaboration.findUniqueOrThrow({ where: { id: there.id } })).ownerId).toBe(leaver.id);
    const owners = await fresh.db.collaborationMember.findMany({ where: { collaborationId: here.id, role: "OWNER" } });
    expect(owners.map((m) => [m.userId, m.removedAt === null])).toEqual(expect.arrayContaining([[leaver.id, false], [successor.id, true]]));
    expect(await fresh.db.auditEvent.findFirst({ where: { action: "admin.collaboration.chair", collaborationId: here.id } })).toMatchObject({ actorId: admin.id, details: { fromUserId: leaver.id, toUserId: successor.id } });
    expect(await fresh.db.auditEvent.findFirst({ where: { action: "admin.user.reassign", objectId: leaver.id } })).toMatchObject({ details: { toUserId: successor.id, collaborations: 1, meetings: 1 } });

    const left = (await listAwaitingReassignment(fresh.db, admin)).rows.filter((r) => r.userId === leaver.id);
    expect(left.map((r) => r.municipalityId)).toEqual([other.municipality.id]);
  });
});

describe("a non-admin", () => {
  it("gets NOT_FOUND from every user action and query, and nothing is written", async () => {
    const before = await fresh.db.user.count();
    const someone = await buildUser(fresh.db, { roles: ["TEAM_MEMBER"] });
    for (const [def, input] of [
      [createUserAction, newUser()],
      [updateUserAction, { ...newUser(), id: someone.id }],
      [deactivateUserAction, { id: someone.id }],
      [reactivateUserAction, { id: someone.id }],
      [resendInvitationAction, { id: someone.id }],
      [importUsersAction, csv(`${HEADER}\n${`Anna Aalto;${uniqueEmail()};t;;fi;TEAM_MEMBER`}`)],
    ] as const) {
      expect(await runSecureAction(def as typeof createUserAction, as(worker), input)).toMatchObject({ ok: false, status: 404 });
    }
    await expect(listUsers(fresh.db, worker, userListQuery.parse({}))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listAwaitingReassignment(fresh.db, worker)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await fresh.db.user.count()).toBe(before + 1);
    expect(await fresh.db.user.findUniqueOrThrow({ where: { id: someone.id } })).toMatchObject({ active: true, sessionVersion: 0 });
  });
});
