import { test, expect, signIn, expectAccessible } from "./fixtures.ts";
import { buildOrganisation, buildUser } from "../fixtures/builders.ts";

test.describe("a frontline worker starts a collaboration with a new family", () => {
  test("fills the form by keyboard, sees the family on their page, opens it, and a stranger gets 404", async ({ page, db, browser }) => {
    const org = await buildOrganisation(db);
    const worker = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
    const stranger = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
    const coordinator = await buildUser(db, { roles: ["COORDINATOR"], scopeCountyId: org.county.id });
    const lastName = `Korhonen${Date.now().toString(36).replace(/\d/g, "")}`;

    await signIn(page, worker.email);
    await expect(page).toHaveURL(/\/families$/);
    await page.getByRole("link", { name: "Aloita uusi yhteistyö perheen kanssa" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Uusi yhteistyö perheen kanssa" })).toBeVisible();
    await expectAccessible(page);

    // Keyboard only: focus the first field and type/tab through the form.
    await page.getByLabel("Etunimi").first().focus();
    await page.keyboard.type("Maija");
    await page.keyboard.press("Tab");
    await page.keyboard.type(lastName);
    await page.getByRole("button", { name: "Lisää huoltaja" }).focus();
    await page.keyboard.press("Enter");
    await page.locator("#guardians-1-firstName").fill("Jari");
    await page.locator("#guardians-1-lastName").fill(lastName);
    await page.locator("#guardians-1-language").selectOption("sv");
    await page.locator("#children-0-firstName").fill("Eetu");
    await page.locator("#children-0-birthYear").fill("2019");
    await page.getByRole("button", { name: "Lisää lapsi" }).click();
    await page.locator("#children-1-firstName").fill("Aino");
    await page.locator("#children-1-birthYear").fill("2022");
    await page.getByLabel("Perhe tarvitsee tulkin").check();
    await page.getByLabel("Sähköinen yhteydenotto").check();
    await page.getByRole("button", { name: "Aloita yhteistyö" }).focus();
    await page.keyboard.press("Enter");

    await expect(page.getByRole("status")).toContainText("Yhteistyö perheen kanssa on aloitettu.");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(lastName);
    await expect(page.getByText("Eetu, syntynyt 2019")).toBeVisible();
    await expect(page.getByText("Sähköinen yhteydenotto")).toBeVisible();
    await expectAccessible(page);
    const url = page.url();

    // Each read is in the use log.
    const id = url.split("/families/")[1]!.split("?")[0]!;
    await expect.poll(() => db.auditEvent.count({ where: { action: "collaboration.read", collaborationId: id, actorId: worker.id } })).toBeGreaterThan(0);

    await page.getByRole("link", { name: "Omat perheet" }).click();
    await expect(page.getByRole("link", { name: lastName })).toBeVisible();
    await expectAccessible(page);

    // Another worker: not on their list, and the URL is a 404 (not 403: no existence leak).
    for (const other of [stranger, coordinator]) {
      const context = await browser.newContext();
      const otherPage = await context.newPage();
      await signIn(otherPage, other.email);
      await expect(otherPage.getByRole("heading", { level: 1 })).toBeVisible();
      const response = await otherPage.goto(`/families/${id}`);
      expect(response?.status()).toBe(404);
      await expect(otherPage.getByText(lastName)).toHaveCount(0);
      if (other === stranger) {
        await otherPage.goto("/families");
        await expect(otherPage.getByText(lastName)).toHaveCount(0);
      }
      await context.close();
    }
  });

  test("bad input gets translated errors next to the fields, keeps what was typed, and writes nothing", async ({ page, db }) => {
    const org = await buildOrganisation(db);
    const worker = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
    await signIn(page, worker.email);
    await page.goto("/families/new");

    const before = await db.family.count({ where: { municipalityId: org.municipality.id } });
    await page.locator("#guardians-0-firstName").fill("<script>alert(1)</script>");
    await page.locator("#guardians-0-lastName").fill("x".repeat(61));
    await page.locator("#guardians-0-email").fill("maija@");
    await page.locator("#children-0-firstName").fill("Robert'); DROP TABLE \"Child\";--");
    await page.locator("#children-0-birthYear").fill("20x9");
    await page.getByRole("button", { name: "Aloita yhteistyö" }).click();

    await expect(page.locator("main [role=alert]")).toContainText("Lomakkeessa on virheitä");
    await expect(page.locator("#guardians-0-firstName-error")).toHaveText(/Käytä vain kirjaimia/);
    await expect(page.locator("#guardians-0-lastName-error")).toHaveText(/enintään 60 merkkiä/);
    await expect(page.locator("#guardians-0-email-error")).toHaveText(/sähköpostiosoite/);
    await expect(page.locator("#children-0-firstName-error")).toHaveText(/Käytä vain kirjaimia/);
    await expect(page.locator("#children-0-birthYear-error")).toHaveText(/syntymävuosi/);
    await expect(page.locator("#guardians-0-firstName")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#guardians-0-firstName")).toHaveValue("<script>alert(1)</script>");
    await expect(page.locator("#children-0-firstName")).toHaveValue("Robert'); DROP TABLE \"Child\";--");
    await expectAccessible(page);
    expect(await db.family.count({ where: { municipalityId: org.municipality.id } })).toBe(before);
  });

  test("a coordinator cannot open the new-collaboration page", async ({ page, db }) => {
    const org = await buildOrganisation(db);
    const coordinator = await buildUser(db, { roles: ["COORDINATOR"], scopeCountyId: org.county.id });
    await signIn(page, coordinator.email);
    await expect(page).toHaveURL(/\/coordinator$/);
    const response = await page.goto("/families/new");
    expect(response?.status()).toBe(404);
    expect((await page.goto("/families"))?.status()).toBe(404);
  });
});

test.describe("forged calls", () => {
  test("replaying the create action without a session is answered 401 and writes nothing", async ({ page, db, playwright, baseURL }) => {
    const org = await buildOrganisation(db);
    const worker = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
    await signIn(page, worker.email);
    await page.goto("/families/new");
    await page.locator("#guardians-0-firstName").fill("Maija");
    await page.locator("#guardians-0-lastName").fill("Rönkkö");
    await page.locator("#children-0-firstName").fill("Eetu");
    await page.locator("#children-0-birthYear").fill("2019");
    const actionRequest = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
    await page.getByRole("button", { name: "Aloita yhteistyö" }).click();
    const captured = await actionRequest;
    await expect(page.getByRole("status")).toContainText("Yhteistyö perheen kanssa on aloitettu.");

    const before = await db.family.count({ where: { municipalityId: org.municipality.id } });
    const anonymous = await playwright.request.newContext({ baseURL });
    const headers = Object.fromEntries(Object.entries(captured.headers()).filter(([k]) => k !== "cookie"));
    const response = await anonymous.post(captured.url(), { headers, data: captured.postData() ?? "" });
    const body = await response.text();
    expect(body).toContain('"status":401');
    expect(body).not.toContain('"ok":true');
    expect(await db.family.count({ where: { municipalityId: org.municipality.id } })).toBe(before);
    await anonymous.dispose();
  });
});
