// Sessions end on the server: a copy of the session cookie opens nothing after "Kirjaudu ulos" or a
// password change (issue 13: "the same session cookie still opens the family pages after sign-out").
import { test, expect, signIn, expectAccessible } from "./fixtures.ts";
import { buildCollaboration, buildOrganisation, buildUser, FIXTURE_PASSWORD } from "../fixtures/builders.ts";

const SESSION_COOKIE = /next-auth\.session-token$/;

test.describe("ending a session", () => {
  test("after signing out, replaying the old session cookie gets the sign-in page, not the family", async ({ page, browser, db }) => {
    const org = await buildOrganisation(db);
    const worker = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
    const lastName = `Saarinen${Date.now().toString(36).replace(/\d/g, "")}`;
    const collaboration = await buildCollaboration(db, worker, org.area, [{ firstName: "Maija", lastName }]);

    await signIn(page, worker.email);
    await page.goto(`/families/${collaboration.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(lastName);
    const saved = (await page.context().cookies()).filter((c) => SESSION_COOKIE.test(c.name));
    expect(saved).toHaveLength(1);

    await page.getByRole("button", { name: "Kirjaudu ulos" }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1$/);

    // Someone who kept a copy of the cookie (another browser, a shared computer) tries it.
    const other = await browser.newContext();
    await other.addCookies(saved);
    const replay = await other.newPage();
    await replay.goto(`/families/${collaboration.id}`);
    await expect(replay).toHaveURL(/\/login/);
    await expect(replay.getByRole("heading", { level: 1, name: "Kirjaudu sisään" })).toBeVisible();
    await expect(replay.getByText(lastName)).toHaveCount(0);
    // A route handler with the same cookie: no data either.
    const direct = await other.request.get(`/families/${collaboration.id}/plan/pdf`, { maxRedirects: 0 });
    expect(direct.status()).toBe(303);
    await other.close();
  });

  test("changing one's password on Oma tili ends the session; the new password signs in", async ({ page, browser, db }) => {
    const org = await buildOrganisation(db);
    const worker = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
    const collaboration = await buildCollaboration(db, worker, org.area);
    await signIn(page, worker.email);
    const saved = (await page.context().cookies()).filter((c) => SESSION_COOKIE.test(c.name));

    await page.getByRole("link", { name: "Oma tili" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Oma tili" })).toBeVisible();
    await expectAccessible(page);

    // A common password is refused next to its field, and what was typed stays.
    await page.getByLabel("Nykyinen salasana").fill(FIXTURE_PASSWORD);
    await page.getByLabel("Uusi salasana", { exact: true }).fill("salasana1234");
    await page.getByLabel("Uusi salasana uudelleen").fill("salasana1234");
    await page.getByRole("button", { name: "Vaihda salasana" }).click();
    await expect(page.locator("#newPassword-error")).toHaveText("Salasana on liian yleinen ja helppo arvata. Valitse toinen.");
    await expect(page.getByLabel("Nykyinen salasana")).toHaveValue(FIXTURE_PASSWORD);
    await expectAccessible(page);

    // A wrong current password: refused by the server, next to its field.
    await page.getByLabel("Nykyinen salasana").fill("väärä-salasana-1");
    await page.getByLabel("Uusi salasana", { exact: true }).fill("Vuorovesi-Kanteleen-42");
    await page.getByLabel("Uusi salasana uudelleen").fill("Vuorovesi-Kanteleen-42");
    await page.getByRole("button", { name: "Vaihda salasana" }).click();
    await expect(page.locator("#currentPassword-error")).toHaveText("Nykyinen salasana ei ole oikein.");
    await expectAccessible(page);

    await page.getByLabel("Nykyinen salasana").fill(FIXTURE_PASSWORD);
    await page.getByRole("button", { name: "Vaihda salasana" }).click();
    await expect(page).toHaveURL(/\/login\?passwordChanged=1$/);
    await expect(page.getByRole("status")).toContainText("Salasanasi on vaihdettu");
    await expectAccessible(page);

    const other = await browser.newContext();
    await other.addCookies(saved);
    const replay = await other.newPage();
    await replay.goto(`/families/${collaboration.id}`);
    await expect(replay).toHaveURL(/\/login/);
    await other.close();

    await signIn(page, worker.email, "Vuorovesi-Kanteleen-42");
    await expect(page).toHaveURL(/\/families$/);
  });
});
