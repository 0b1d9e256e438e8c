import { test, expect, signIn, submitSignIn, expectAccessible } from "./fixtures.ts";
import { buildOrganisation, buildUser } from "../fixtures/builders.ts";

test.describe("signing in", () => {
  test("the sign-in page is in Finnish and accessible", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "fi");
    await expect(page.getByRole("heading", { level: 1, name: "Kirjaudu sisään" })).toBeVisible();
    await expectAccessible(page);
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
