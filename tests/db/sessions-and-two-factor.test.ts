// Sessions end on the server (sign-out, password change, 2FA reset), TOTP and recovery codes are
// single use and rate limited like passwords, secrets are stored encrypted, and an admin's per-role
// two-factor rule is what the pages enforce.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Secret, TOTP } from "otpauth";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { buildUser, FIXTURE_PASSWORD } from "../fixtures/builders.ts";
import type { SessionUser } from "@/lib/auth/session-user.ts";
import { sessionIsCurrent } from "@/lib/auth/session-is-current.ts";
import { endSession } from "@/lib/auth/end-session.ts";
import { authenticate, SIGNIN_LIMIT_PER_ACCOUNT } from "@/lib/auth/authenticate.ts";
import { decryptSecret, encryptSecret } from "@/lib/auth/secret-box.ts";
import { verifyPassword } from "@/lib/auth/password.ts";
import { runSecureAction } from "@/lib/actions/secure-action.ts";
import { changePasswordAction, confirmTwoFactorAction, disableTwoFactorAction, startTwoFactorAction } from "@/lib/account/actions.ts";
import { resetTwoFactorAction, setRoleSecurityAction } from "@/lib/admin/security-actions.ts";
import { runLimitingWrongAnswers } from "@/lib/account/limit-wrong-answers.ts";
import { confirmTwoFactor, WRONG_CODE } from "@/lib/account/two-factor.ts";
import { twoFactorRequiredFor } from "@/lib/account/two-factor-requirement.ts";
import { consumeTotpCode } from "@/lib/account/totp-secret.ts";

process.env.AUTH_SECRET ??= "db-test-secret-not-for-production";

let fresh: FreshDatabase;
beforeAll(async () => {
  fresh = await freshDatabase();
});
afterAll(() => fresh?.close());

const NEW_PASSWORD = "Vuorovesi-Kanteleen-42";

function sessionUser(u: { id: string; name: string; email: string; roles: SessionUser["roles"]; locale: SessionUser["locale"] }): SessionUser {
  return { id: u.id, name: u.name, email: u.email, roles: u.roles, locale: u.locale };
}

function codeAt(secret: string, at: Date): string {
  return new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({ timestamp: at.getTime() });
}

async function version(userId: string) {
  return (await fresh.db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } })).sessionVersion;
}

/** Turns TOTP on for a user through the real actions; returns the plain secret and recovery codes. */
async function enrol(user: SessionUser, at: Date) {
  expect(await runSecureAction(startTwoFactorAction, { db: fresh.db, user }, {})).toMatchObject({ ok: true });
  const stored = await fresh.db.user.findUniqueOrThrow({ where: { id: user.id } });
  const secret = decryptSecret(stored.totpSecretEncrypted!)!;
  const confirmed = await fresh.db.$transaction((tx) => confirmTwoFactor(tx, user, { code: codeAt(secret, at) }, at));
  return { secret, recoveryCodes: confirmed.recoveryCodes };
}

describe("the session version", () => {
  it("accepts only a token carrying exactly the user's current version", () => {
    expect(sessionIsCurrent(3, 3)).toBe(true);
    expect(sessionIsCurrent(2, 3)).toBe(false);
    expect(sessionIsCurrent(4, 3)).toBe(false);
    // Tokens from before versions existed carry none.
    expect(sessionIsCurrent(undefined, 0)).toBe(false);
    expect(sessionIsCurrent(null, 0)).toBe(false);
  });

  it("signing out makes the signed-out token useless, and an old token cannot end newer sessions", async () => {
    const user = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] });
    const token = { sub: user.id, sessionVersion: await version(user.id) };
    expect(await endSession(fresh.db, token)).toBe(true);
    const after = await version(user.id);
    expect(sessionIsCurrent(token.sessionVersion, after)).toBe(false);
    // Replaying the sign-out with the old cookie changes nothing.
    expect(await endSession(fresh.db, token)).toBe(false);
    expect(await version(user.id)).toBe(after);
    const events = await fresh.db.auditEvent.findMany({ where: { actorId: user.id, action: "signout" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.kind).toBe("AUTH");
  });
});

describe("changing one's own password", () => {
  it("needs the current password, enforces the policy, stores argon2id and ends every session", async () => {
    const row = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] });
    const user = sessionUser(row);
    const before = await version(user.id);

    const wrong = await runSecureAction(changePasswordAction, { db: fresh.db, user }, { currentPassword: "väärä", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: "currentPasswordWrong" } });
    const common = await runSecureAction(changePasswordAction, { db: fresh.db, user }, { currentPassword: FIXTURE_PASSWORD, newPassword: "salasana1234!", confirmPassword: "salasana1234!" });
    expect(common).toMatchObject({ ok: false, fieldErrors: { newPassword: "passwordCommon" } });
    const differ = await runSecureAction(changePasswordAction, { db: fresh.db, user }, { currentPassword: FIXTURE_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: `${NEW_PASSWORD}x` });
    expect(differ).toMatchObject({ ok: false, fieldErrors: { confirmPassword: "passwordsDiffer" } });
    expect(await version(user.id)).toBe(before);

    const ok = await runSecureAction(changePasswordAction, { db: fresh.db, user }, { currentPassword: FIXTURE_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(ok).toEqual({ ok: true, data: { changed: true } });
    const stored = await fresh.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(stored.passwordChangedAt).not.toBeNull();
    expect(sessionIsCurrent(before, stored.sessionVersion)).toBe(false);
    expect(await fresh.db.auditEvent.count({ where: { actorId: user.id, action: "account.password.changed" } })).toBe(1);
    expect(await authenticate(fresh.db, { email: user.email, password: NEW_PASSWORD, ip: "10.20.0.1" })).toMatchObject({ ok: true });
  });

  it("counts a wrong current password against the sign-in limit", async () => {
    const user = sessionUser(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] }));
    const input = { currentPassword: "arvaus", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
    for (let i = 0; i < SIGNIN_LIMIT_PER_ACCOUNT; i++) {
      expect(await runLimitingWrongAnswers(changePasswordAction, { db: fresh.db, user, ip: "10.20.1.1" }, input, ["currentPasswordWrong"])).toMatchObject({ ok: false });
    }
    const right = { ...input, currentPassword: FIXTURE_PASSWORD };
    expect(await runLimitingWrongAnswers(changePasswordAction, { db: fresh.db, user, ip: "10.20.1.1" }, right, ["currentPasswordWrong"])).toMatchObject({ ok: false, code: "RATE_LIMITED", fieldErrors: { _form: "attemptsRateLimited" } });
  });
});

describe("the TOTP secret at rest", () => {
  it("round-trips through AES-256-GCM and is never stored in the clear", async () => {
    const sealed = encryptSecret("JBSWY3DPEHPK3PXP");
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(decryptSecret(sealed)).toBe("JBSWY3DPEHPK3PXP");
    // A fresh IV each time; a changed byte is detected.
    expect(encryptSecret("JBSWY3DPEHPK3PXP")).not.toBe(sealed);
    const [v, iv, tag, body] = sealed.split(":");
    const flipped = (body!.startsWith("A") ? "B" : "A") + body!.slice(1);
    expect(decryptSecret([v, iv, tag, flipped].join(":"))).toBeNull();

    const user = sessionUser(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] }));
    const { secret } = await enrol(user, new Date());
    const stored = await fresh.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.totpSecretEncrypted).not.toContain(secret);
    expect(stored.totpSecretEncrypted).toMatch(/^v1:/);
  });
});

describe("TOTP codes", () => {
  it("are accepted for the current step (±1), refused when reused or wrong", async () => {
    const user = sessionUser(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] }));
    const t0 = new Date("2026-12-01T08:00:00Z");
    const { secret } = await enrol(user, t0);
    const load = () => fresh.db.user.findUniqueOrThrow({ where: { id: user.id } });

    // The confirmation code's step is used up: the same code a few seconds later is refused.
    expect(await consumeTotpCode(fresh.db, await load(), codeAt(secret, t0), new Date(t0.getTime() + 5_000))).toBe(false);
    const t1 = new Date(t0.getTime() + 60_000);
    expect(await consumeTotpCode(fresh.db, await load(), "000000" === codeAt(secret, t1) ? "111111" : "000000", t1)).toBe(false);
    expect(await consumeTotpCode(fresh.db, await load(), codeAt(secret, t1), t1)).toBe(true);
    expect(await consumeTotpCode(fresh.db, await load(), codeAt(secret, t1), t1)).toBe(false);
    // One step of clock drift: a code of the previous step is fine if not yet used.
    const t3 = new Date(t0.getTime() + 150_000);
    expect(await consumeTotpCode(fresh.db, await load(), codeAt(secret, new Date(t3.getTime() - 30_000)), t3)).toBe(true);
    // Two steps away is too far.
    const t5 = new Date(t0.getTime() + 300_000);
    expect(await consumeTotpCode(fresh.db, await load(), codeAt(secret, new Date(t5.getTime() + 61_000)), t5)).toBe(false);
  });

  it("a wrong code during confirmation leaves TOTP off and gives no recovery codes", async () => {
    const user = sessionUser(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] }));
    await runSecureAction(startTwoFactorAction, { db: fresh.db, user }, {});
    const stored = await fresh.db.user.findUniqueOrThrow({ where: { id: user.id } });
    const secret = decryptSecret(stored.totpSecretEncrypted!)!;
    const now = new Date();
    const wrong = codeAt(secret, now) === "123456" ? "654321" : "123456";
    expect(await runSecureAction(confirmTwoFactorAction, { db: fresh.db, user }, { code: wrong })).toMatchObject({ ok: false, fieldErrors: { code: WRONG_CODE } });
    expect(await runSecureAction(confirmTwoFactorAction, { db: fresh.db, user }, { code: "12ab" })).toMatchObject({ ok: false, fieldErrors: { code: "totpCodeFormat" } });
    const after = await fresh.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.totpEnabledAt).toBeNull();
    expect(await fresh.db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("signing in with a second factor", () => {
  it("asks for a code after the right password, accepts a code once, and recovery codes once each", async () => {
    const row = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] });
    const user = sessionUser(row);
    const t0 = new Date(Date.now() - 120_000);
    const { secret, recoveryCodes } = await enrol(user, t0);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const hashes = await fresh.db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(hashes).toHaveLength(10);
    for (const h of hashes) expect(recoveryCodes.some((c) => h.codeHash.includes(c.replace("-", "")))).toBe(false);
    expect(hashes.every((h) => h.codeHash.startsWith("$argon2id$"))).toBe(true);

    const base = { email: user.email, password: FIXTURE_PASSWORD };
    expect(await authenticate(fresh.db, { ...base, ip: "10.30.0.1" })).toEqual({ ok: false, reason: "TWO_FACTOR_REQUIRED" });
    // A wrong password still gets the generic answer, not the question for a code.
    expect(await authenticate(fresh.db, { ...base, password: "väärä", otp: codeAt(secret, new Date()), ip: "10.30.0.1" })).toEqual({ ok: false, reason: "INVALID" });

    const now = new Date();
    const code = codeAt(secret, now);
    expect(await authenticate(fresh.db, { ...base, otp: code, ip: "10.30.0.2" }, now)).toMatchObject({ ok: true, user: { id: user.id } });
    expect(await authenticate(fresh.db, { ...base, otp: code, ip: "10.30.0.2" }, now)).toEqual({ ok: false, reason: "TWO_FACTOR_INVALID" });

    const recovery = recoveryCodes[3]!;
    expect(await authenticate(fresh.db, { ...base, recoveryCode: recovery.toUpperCase(), ip: "10.30.0.3" }, now)).toMatchObject({ ok: true });
    expect(await authenticate(fresh.db, { ...base, recoveryCode: recovery, ip: "10.30.0.3" }, now)).toEqual({ ok: false, reason: "TWO_FACTOR_INVALID" });
    expect(await fresh.db.recoveryCode.count({ where: { userId: user.id, usedAt: { not: null } } })).toBe(1);

    const events = await fresh.db.auditEvent.findMany({ where: { actorId: user.id, kind: "AUTH" }, orderBy: { occurredAt: "asc" } });
    const actions = events.map((e) => e.action);
    expect(actions).toContain("account.two_factor.enabled");
    expect(actions.filter((a) => a === "signin.two_factor_failed")).toHaveLength(2);
    expect(events.filter((e) => e.action === "signin.succeeded").map((e) => e.details)).toEqual([{ secondFactor: "totp" }, { secondFactor: "recovery" }]);
  });

  it("counts wrong codes like wrong passwords: after the limit even the right code is refused", async () => {
    const user = sessionUser(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] }));
    const { secret } = await enrol(user, new Date(Date.now() - 120_000));
    const now = new Date();
    const right = codeAt(secret, now);
    const wrong = right === "111111" ? "222222" : "111111";
    for (let i = 0; i < SIGNIN_LIMIT_PER_ACCOUNT; i++) {
      expect(await authenticate(fresh.db, { email: user.email, password: FIXTURE_PASSWORD, otp: wrong, ip: `10.40.0.${i}` }, now)).toEqual({ ok: false, reason: "TWO_FACTOR_INVALID" });
    }
    expect(await authenticate(fresh.db, { email: user.email, password: FIXTURE_PASSWORD, otp: right, ip: "10.40.1.1" }, now)).toEqual({ ok: false, reason: "RATE_LIMITED" });
  });

  it("turning TOTP off needs a current code and is refused while the role requires it", async () => {
    const admin = sessionUser(await buildUser(fresh.db, { roles: ["ADMIN"] }));
    const user = sessionUser(await buildUser(fresh.db, { roles: ["GUIDANCE_WORKER"] }));
    const { secret } = await enrol(user, new Date(Date.now() - 120_000));
    const now = new Date();
    const wrong = codeAt(secret, now) === "111111" ? "222222" : "111111";
    expect(await runSecureAction(disableTwoFactorAction, { db: fresh.db, user }, { code: wrong })).toMatchObject({ ok: false, fieldErrors: { code: WRONG_CODE } });

    await runSecureAction(setRoleSecurityAction, { db: fresh.db, user: admin }, { requireTwoFactor: ["GUIDANCE_WORKER"] });
    expect(await runSecureAction(disableTwoFactorAction, { db: fresh.db, user }, { code: codeAt(secret, now) })).toMatchObject({ ok: false, fieldErrors: { _form: "twoFactorRequiredByRole" } });
    await runSecureAction(setRoleSecurityAction, { db: fresh.db, user: admin }, { requireTwoFactor: [] });

    expect(await runSecureAction(disableTwoFactorAction, { db: fresh.db, user }, { code: codeAt(secret, now) })).toEqual({ ok: true, data: { disabled: true } });
    const after = await fresh.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ totpSecretEncrypted: null, totpEnabledAt: null });
    expect(await fresh.db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await authenticate(fresh.db, { email: user.email, password: FIXTURE_PASSWORD, ip: "10.50.0.1" })).toMatchObject({ ok: true });
  });
});

describe("the admin's security rules", () => {
  it("a role's two-factor requirement is set per role and audited; non-admins get NOT_FOUND", async () => {
    const admin = sessionUser(await buildUser(fresh.db, { roles: ["ADMIN"] }));
    const worker = sessionUser(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] }));

    expect(await runSecureAction(setRoleSecurityAction, { db: fresh.db, user: worker }, { requireTwoFactor: ["FRONTLINE_WORKER"] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await twoFactorRequiredFor(fresh.db, ["FRONTLINE_WORKER"])).toBe(false);

    expect(await runSecureAction(setRoleSecurityAction, { db: fresh.db, user: admin }, { requireTwoFactor: ["COORDINATOR", "ADMIN"] })).toEqual({ ok: true, data: { changed: ["COORDINATOR", "ADMIN"] } });
    expect(await twoFactorRequiredFor(fresh.db, ["FRONTLINE_WORKER"])).toBe(false);
    expect(await twoFactorRequiredFor(fresh.db, ["FRONTLINE_WORKER", "COORDINATOR"])).toBe(true);
    expect(await twoFactorRequiredFor(fresh.db, ["ADMIN"])).toBe(true);
    // Saving the same again changes (and audits) nothing.
    expect(await runSecureAction(setRoleSecurityAction, { db: fresh.db, user: admin }, { requireTwoFactor: ["COORDINATOR", "ADMIN"] })).toEqual({ ok: true, data: { changed: [] } });
    expect(await runSecureAction(setRoleSecurityAction, { db: fresh.db, user: admin }, { requireTwoFactor: ["ADMIN", "NOBODY"] })).toMatchObject({ ok: false, code: "VALIDATION" });

    const events = await fresh.db.auditEvent.findMany({ where: { actorId: admin.id, action: "admin.role_security.update" } });
    expect(events.map((e) => e.details)).toEqual(expect.arrayContaining([{ role: "COORDINATOR", requireTwoFactor: true }, { role: "ADMIN", requireTwoFactor: true }]));
    expect(events).toHaveLength(2);
    expect(events.every((e) => e.kind === "CHANGE")).toBe(true);
    await runSecureAction(setRoleSecurityAction, { db: fresh.db, user: admin }, { requireTwoFactor: [] });
  });

  it("an admin's 2FA reset clears the secret and recovery codes, ends the user's sessions and names who reset whose", async () => {
    const admin = sessionUser(await buildUser(fresh.db, { roles: ["ADMIN"] }));
    const worker = sessionUser(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] }));
    await enrol(worker, new Date());
    const before = await version(worker.id);

    expect(await runSecureAction(resetTwoFactorAction, { db: fresh.db, user: worker }, { userId: admin.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await runSecureAction(resetTwoFactorAction, { db: fresh.db, user: admin }, { userId: worker.id })).toEqual({ ok: true, data: { userId: worker.id, wasEnabled: true } });

    const after = await fresh.db.user.findUniqueOrThrow({ where: { id: worker.id } });
    expect(after).toMatchObject({ totpSecretEncrypted: null, totpEnabledAt: null, totpLastStep: null });
    expect(await fresh.db.recoveryCode.count({ where: { userId: worker.id } })).toBe(0);
    expect(sessionIsCurrent(before, after.sessionVersion)).toBe(false);
    const event = await fresh.db.auditEvent.findFirstOrThrow({ where: { action: "admin.two_factor.reset", objectId: worker.id } });
    expect(event).toMatchObject({ kind: "CHANGE", actorId: admin.id, objectType: "User", details: { wasEnabled: true, recoveryCodesRemoved: 10 } });
    // Signing in needs only the password again.
    expect(await authenticate(fresh.db, { email: worker.email, password: FIXTURE_PASSWORD, ip: "10.60.0.1" })).toMatchObject({ ok: true });
  });
});

describe("the password form's browser half", () => {
  it("uses the same length limits as the server's password policy", async () => {
    const browser = await import("@/lib/auth/password-limits.ts");
    const server = await import("@/lib/auth/password-policy.ts");
    expect([browser.PASSWORD_MIN_LENGTH, browser.PASSWORD_MAX_LENGTH]).toEqual([server.PASSWORD_MIN_LENGTH, server.PASSWORD_MAX_LENGTH]);
  });
});
