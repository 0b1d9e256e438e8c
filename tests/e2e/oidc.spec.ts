// Single sign-on against a real OpenID Connect provider on loopback (tests/support/oidc-test-provider.ts,
// the `oidc-provider` package): the authorization-code flow with PKCE, state and nonce, the account
// matching, the refusal page, and every tampered or replayed answer refused without a session.
import type { BrowserContext, Page, Request, Route } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { test, expect, expectAccessible } from "./fixtures.ts";
import { buildOrganisation, buildUser } from "../fixtures/builders.ts";

const PROVIDER = `http://127.0.0.1:${process.env.E2E_OIDC_PORT ?? 3994}`;
const isCallback = (url: URL) => url.pathname === "/api/auth/callback/oidc";
const isAuthorize = (url: URL) => url.origin === PROVIDER && url.pathname === "/auth";

/** From the sign-in page to the provider's login form. */
async function startSso(page: Page) {
  await page.goto("/login");
  await page.getByRole("button", { name: "Kirjaudu organisaation tunnuksilla" }).click();
  await page.waitForURL((url) => url.origin === PROVIDER && url.pathname.startsWith("/interaction/"));
}

/** The provider's development login form: the login names the account (see the test provider). */
async function providerSignIn(page: Page, login: string) {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any-password");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

/** No session: the session endpoint is empty and the signed-in area sends the browser to sign in. */
async function expectNoSession(page: Page) {
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
  await page.goto("/families");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
}

/** next-auth's refusal of an answer it could not verify: back on the sign-in page with a message. */
async function expectCallbackRefused(page: Page) {
  await page.waitForURL((url) => url.pathname === "/login" && url.searchParams.has("error"));
  await expect(page.getByRole("alert").filter({ hasText: "Kirjautuminen organisaation tunnuksilla keskeytyi tai sitä ei voitu varmistaa." })).toBeVisible();
  await expectAccessible(page);
  await expectNoSession(page);
}

/**
 * Rewrites one parameter of the authorization request on its way from the browser to the provider.
 * (Playwright routes see only requests the page starts, not redirect hops such as the provider's
 * redirect back to the app, so the provider is made to send the tampered value back itself.)
 */
async function tamperAuthorizationRequest(page: Page, param: string, value: string) {
  await page.route(
    (url) => isAuthorize(url) && url.searchParams.get(param) !== value,
    async (route: Route) => {
      const tampered = new URL(route.request().url());
      tampered.searchParams.set(param, value);
      await route.fulfill({ status: 302, headers: { location: tampered.toString() } });
    },
  );
}

/** The one-time cookies next-auth keeps between sending the browser away and its return. */
async function checkCookies(context: BrowserContext) {
  return (await context.cookies()).filter((c) => /^next-auth\.(state|pkce\.code_verifier|nonce)$/.test(c.name));
}

test.describe("single sign-on (OpenID Connect)", () => {
  test("a known user signs in through the provider, lands on their page, and the subject is stored on first sign-in", async ({ page, db, browser }) => {
    const org = await buildOrganisation(db);
    const user = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
    expect(user.oidcSubject).toBeNull();

    // The app sends the browser to the provider with PKCE (S256), a state and a nonce.
    const authorize = page.waitForRequest((r: Request) => isAuthorize(new URL(r.url())));
    await startSso(page);
    const params = new URL((await authorize).url()).searchParams;
    expect(params.get("response_type")).toBe("code");
    expect(params.get("code_challenge_method")).toBe("S256");
    expect(params.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(params.get("state")).toBeTruthy();
    expect(params.get("nonce")).toBeTruthy();

    await providerSignIn(page, user.email);
    await expect(page).toHaveURL(/\/families$/);
    await expect(page.getByRole("heading", { level: 1, name: "Omat perheet" })).toBeVisible();
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ oidcIssuer: PROVIDER, oidcSubject: user.email });
    expect(await db.auditEvent.count({ where: { action: "signin.succeeded", actorId: user.id, details: { equals: { provider: "oidc", via: "email" } } } })).toBe(1);

    // Later sign-ins go by the stored subject: the e-mail in the product may change meanwhile.
    await db.user.update({ where: { id: user.id }, data: { email: `vaihdettu-${randomUUID()}@test.example` } });
    const later = await browser.newContext();
    const again = await later.newPage();
    await startSso(again);
    await providerSignIn(again, user.email);
    await expect(again).toHaveURL(/\/families$/);
    expect(await db.auditEvent.count({ where: { action: "signin.succeeded", actorId: user.id, details: { equals: { provider: "oidc", via: "subject" } } } })).toBe(1);
    await later.close();
  });

  test("an unknown user gets a clear, accessible refusal page with who to contact and a way back, and no session", async ({ page }) => {
    await startSso(page);
    await providerSignIn(page, `tuntematon-${randomUUID()}@test.example`);
    await expect(page).toHaveURL(/\/login\/refused$/);
    await expect(page.getByRole("heading", { level: 1, name: "Kirjautuminen ei onnistunut" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Keneen voin ottaa yhteyttä?" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Takaisin kirjautumiseen" }).click();
    await expect(page).toHaveURL(/\/login$/);
    await expectNoSession(page);
  });

  test("a deactivated user, and an e-mail the provider has not verified, are refused and nothing is stored", async ({ page, db, browser }) => {
    const deactivated = await buildUser(db, { roles: ["FRONTLINE_WORKER"] });
    await db.user.update({ where: { id: deactivated.id }, data: { active: false, deactivatedAt: new Date() } });
    await startSso(page);
    await providerSignIn(page, deactivated.email);
    await expect(page).toHaveURL(/\/login\/refused$/);
    await expectNoSession(page);
    expect(await db.auditEvent.count({ where: { action: "signin.refused", actorId: deactivated.id, details: { equals: { provider: "oidc", reason: "inactive" } } } })).toBe(1);

    const unverified = await buildUser(db, { roles: ["FRONTLINE_WORKER"] });
    const context = await browser.newContext();
    const other = await context.newPage();
    await startSso(other);
    await providerSignIn(other, `unverified:${unverified.email}`);
    await expect(other).toHaveURL(/\/login\/refused$/);
    await expectNoSession(other);
    expect(await db.user.findUniqueOrThrow({ where: { id: unverified.id } })).toMatchObject({ oidcIssuer: null, oidcSubject: null });
    await context.close();
  });

  test("a callback whose state is not the one the app sent is refused", async ({ page, db }) => {
    const user = await buildUser(db, { roles: ["FRONTLINE_WORKER"] });
    // The provider returns whatever state it was given: the callback URL carries a foreign state,
    // as in a forged or cross-site callback, while the app's state cookie holds its own.
    await tamperAuthorizationRequest(page, "state", "attackers-state");
    const callback = page.waitForRequest((r: Request) => isCallback(new URL(r.url())));
    await startSso(page);
    await providerSignIn(page, user.email);
    expect(new URL((await callback).url()).searchParams.get("state")).toBe("attackers-state");
    await expectCallbackRefused(page);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).oidcSubject).toBeNull();
  });

  test("a replayed authorization code is refused, even with the first attempt's one-time cookies", async ({ page, db, browser }) => {
    const user = await buildUser(db, { roles: ["FRONTLINE_WORKER"] });
    await startSso(page);
    // What an attacker would need besides the code: next-auth's state, PKCE verifier and nonce.
    const cookies = await checkCookies(page.context());
    expect(cookies.map((c) => c.name).sort()).toEqual(["next-auth.nonce", "next-auth.pkce.code_verifier", "next-auth.state"]);
    const callback = page.waitForRequest((r: Request) => isCallback(new URL(r.url())));
    await providerSignIn(page, user.email);
    const callbackUrl = (await callback).url();
    await expect(page).toHaveURL(/\/families$/);
    expect(new URL(callbackUrl).searchParams.get("code")).toBeTruthy();

    // The same callback URL again, in a fresh browser holding those cookies: the code is spent.
    const attacker = await browser.newContext();
    await attacker.addCookies(cookies);
    const replay = await attacker.newPage();
    await replay.goto(callbackUrl);
    await expectCallbackRefused(replay);
    await attacker.close();
  });

  test("an ID token whose nonce is not the one the app sent is refused", async ({ page, db }) => {
    const user = await buildUser(db, { roles: ["FRONTLINE_WORKER"] });
    // As an attacker replaying their own authorization request would: the provider then puts the
    // attacker's nonce in the ID token, which must not match the app's nonce cookie.
    await tamperAuthorizationRequest(page, "nonce", "attackers-nonce");
    await startSso(page);
    await providerSignIn(page, user.email);
    await expectCallbackRefused(page);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).oidcSubject).toBeNull();
  });

  const badIdTokens = [
    // The test provider signs this one with its real key, but for "other-client".
    { tag: "#for-other-client", what: "issued for another client" },
    { tag: "#forged-signature", what: "signed with a key that is not the provider's" },
    { tag: "#expired-id-token", what: "that has expired" },
  ];
  for (const { tag, what } of badIdTokens) {
    test(`an ID token ${what} is refused`, async ({ page, db }) => {
      const user = await buildUser(db, { roles: ["FRONTLINE_WORKER"] });
      await startSso(page);
      await providerSignIn(page, `${user.email}${tag}`);
      await expectCallbackRefused(page);
      expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).oidcSubject).toBeNull();
    });
  }

  test("an expired authorization code is refused", async ({ page, db }) => {
    const user = await buildUser(db, { roles: ["FRONTLINE_WORKER"] });
    await startSso(page);
    // The test provider gives this account's codes one second and holds its redirect back for three.
    await providerSignIn(page, `${user.email}#expired-code`);
    await expectCallbackRefused(page);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).oidcSubject).toBeNull();
  });
});
