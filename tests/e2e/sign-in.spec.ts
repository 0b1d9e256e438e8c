import { test, expect, signIn, submitSignIn, expectAccessible } from "./fixtures.ts";
import { buildOrganisation, buildUser } from "../fixtures/builders.ts";

test.describe("signing in", () => {
  test("the sign-in page is in Finnish and accessible", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "fi");
    await expect(page.getByRole("heading", { level: 1, name: "Kirjaudu sisään" })).toBeVisible();
    await expectAccessible(page);
    // The tab shows the app's own icon (no 404 for every page load).
    const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect((await page.request.get(icon!)).status()).toBe(200);
  });

  test("a wrong password gets one generic, announced message and the e-mail stays typed", async ({ page, db }) => {
    const user = await buildUser(db, { roles: ["FRONTLINE_WORKER"] });
    await submitSignIn(page, user.email, "väärä-salasana");
    await expect(page.locator("main [role=alert]")).toContainText("Kirjautuminen epäonnistui. Tarkista sähköpostiosoite ja salasana.");
    await expect(page.getByLabel("Sähköpostiosoite")).toHaveValue(user.email);
    await expectAccessible(page);
  });

  const landings = [
    { roles: ["FRONTLINE_WORKER"], path: "/families", heading: "Omat perheet" },
    { roles: ["TEAM_MEMBER"], path: "/invitations", heading: "Kutsut yhteisiin aikoihin" },
    { roles: ["GUIDANCE_WORKER"], path: "/guidance", heading: "Yhteydenottopyynnöt" },
    { roles: ["COORDINATOR"], path: "/coordinator", heading: "Yhteisten aikojen lukumäärä" },
    { roles: ["ADMIN"], path: "/admin", heading: "Ylläpito" },
  ] as const;

  for (const landing of landings) {
    test(`a ${landing.roles[0]} lands on their own page, which is accessible, and can sign out`, async ({ page, db }) => {
      const org = await buildOrganisation(db);
      const user = await buildUser(db, { roles: [...landing.roles], unitId: org.unit.id, scopeCountyId: org.county.id });
      await signIn(page, user.email);
      await expect(page).toHaveURL(new RegExp(`${landing.path}$`));
      await expect(page.getByRole("heading", { level: 1, name: landing.heading })).toBeVisible();
      await expectAccessible(page);
      await page.getByRole("button", { name: "Kirjaudu ulos" }).click();
      await expect(page).toHaveURL(/\/login\?signedOut=1$/);
      // Signed out, the page sends them to sign in, remembering where they were going.
      await page.goto(landing.path);
      await expect(page).toHaveURL(new RegExp(`/login\\?callbackUrl=${encodeURIComponent(landing.path)}$`));
    });
  }

  test("the signed-in user's own language is used after sign-in", async ({ page, db }) => {
    const org = await buildOrganisation(db);
    const user = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id, locale: "sv" });
    await signIn(page, user.email);
    await expect(page.locator("html")).toHaveAttribute("lang", "sv");
    await expectAccessible(page);
  });
});

test.describe("public pages", () => {
  test("the accessibility statement is reachable signed out and accessible", async ({ page }) => {
    await page.goto("/accessibility");
    await expect(page.getByRole("heading", { level: 1, name: "Saavutettavuusseloste" })).toBeVisible();
    await expectAccessible(page);
  });

  test("the language switch turns the page into Swedish and English", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Kieli").selectOption("sv");
    await page.getByRole("button", { name: "OK" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "sv");
    await expectAccessible(page);
    await page.getByLabel("Språk").selectOption("en");
    await page.getByRole("button", { name: "OK" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  });

  test("an unknown address shows an accessible 404 page", async ({ page }) => {
    const response = await page.goto("/ei-ole-olemassa");
    expect(response?.status()).toBe(404);
    await expectAccessible(page);
  });
});

test.describe("content security policy", () => {
  test("every page carries a strict policy; the page's own scripts have its nonce, an injected one does not run", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const response = await page.goto("/login");
    const csp = response?.headers()["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(csp).toContain("script-src 'self'");
    expect(nonce).toBeTruthy();
    // A fresh nonce for every request.
    const again = (await page.request.get("/login")).headers()["content-security-policy"] ?? "";
    expect(again).not.toContain(nonce!);

    // Next.js's own scripts carry the nonce, so they run (every other e2e test relies on them).
    const scriptNonces = await page.locator("script").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
    expect(scriptNonces.length).toBeGreaterThan(0);
    for (const n of scriptNonces) expect(n).toBe(nonce);

    // Markup that slipped in with a script of its own would not run: the classic inline handler is refused.
    await page.evaluate(() => {
      document.body.insertAdjacentHTML("beforeend", '<img src="/no-such-image.png" alt="" onerror="window.__injected = true">');
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    // The policy also reaches the public form and the signed-out redirect from the signed-in area.
    expect((await page.request.get("/contact")).headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    const redirect = await page.request.get("/families", { maxRedirects: 0 });
    expect(redirect.status()).toBe(307);
    expect(redirect.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  });
});
