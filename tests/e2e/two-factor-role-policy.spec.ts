// The admin's per-role two-factor requirement (issue 13, item 4): its user is walked through
// enrolment at the next sign-in. The rule holds for every user of the role, so this spec runs in
// the "global settings" project, after all the parallel specs (tests/e2e/playwright.config.ts).
import { test, expect, signIn, submitSignIn, expectAccessible } from "./fixtures.ts";
import { buildOrganisation, buildUser, FIXTURE_PASSWORD } from "../fixtures/builders.ts";
import { enrolOnPage } from "./two-factor-steps.ts";

test.describe("two-factor required by role", () => {
  test("an admin requires two-factor of a role; its user is walked through enrolment at the next sign-in", async ({ page, browser, db }) => {
    const org = await buildOrganisation(db);
    const admin = await buildUser(db, { roles: ["ADMIN"] });
    // Guidance workers: a role no other test signs in with while this rule is on.
    const worker = await buildUser(db, { roles: ["GUIDANCE_WORKER"], unitId: org.unit.id });
    const nonAdmin = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
    try {
      // A non-admin: the page does not exist.
      const outsider = await browser.newContext();
      const outsiderPage = await outsider.newPage();
      await signIn(outsiderPage, nonAdmin.email);
      const response = await outsiderPage.goto("/admin/security");
      expect(response?.status()).toBe(404);
      await outsider.close();

      await signIn(page, admin.email);
      await page.goto("/admin/security");
      await expect(page.getByRole("heading", { level: 1, name: "Tietoturva" })).toBeVisible();
      await expectAccessible(page);
      await page.getByLabel("Ohjaus- ja neuvontapalvelun työntekijä").check();
      await expectAccessible(page);
      await page.getByRole("button", { name: "Tallenna" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Tallennettu." })).toBeVisible();
      expect(await db.roleSecurityPolicy.findUnique({ where: { role: "GUIDANCE_WORKER" } })).toMatchObject({ requireTwoFactor: true, updatedById: admin.id });

      const other = await browser.newContext();
      const workerPage = await other.newPage();
      await submitSignIn(workerPage, worker.email, FIXTURE_PASSWORD);
      await workerPage.waitForURL(/\/account\/two-factor$/);
      await expect(workerPage.getByText("Roolisi edellyttää kaksivaiheista tunnistautumista.")).toBeVisible();
      await expectAccessible(workerPage);
      // Every other page sends them back here until done.
      await workerPage.goto("/guidance");
      await expect(workerPage).toHaveURL(/\/account\/two-factor$/);
      // Downloads and actions treat them as signed out until then (not only the pages).
      const download = `/families/00000000-0000-4000-8000-000000000000/plan/pdf`;
      expect((await workerPage.request.get(download, { maxRedirects: 0 })).status()).toBe(303);
      // (Kept short: the rule is global, and other tests sign in guidance workers too.)
      await enrolOnPage(workerPage, { checkAccessibility: false });
      await workerPage.getByRole("link", { name: "Jatka palveluun" }).click();
      await workerPage.waitForURL(/\/guidance$/);
      await expect(workerPage.getByRole("heading", { level: 1, name: "Yhteydenottopyynnöt" })).toBeVisible();
      expect((await workerPage.request.get(download, { maxRedirects: 0 })).status()).toBe(404);

      await page.reload();
      await page.getByLabel("Ohjaus- ja neuvontapalvelun työntekijä").uncheck();
      await page.getByRole("button", { name: "Tallenna" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Tallennettu." })).toBeVisible();
      expect(await db.roleSecurityPolicy.findUnique({ where: { role: "GUIDANCE_WORKER" } })).toMatchObject({ requireTwoFactor: false });

      // The admin resets the worker's two-factor (lookup by exact e-mail): the worker's session ends.
      await page.getByLabel("Käyttäjän sähköpostiosoite").fill(worker.email.toUpperCase());
      await page.getByRole("button", { name: "Hae" }).click();
      await expect(page.getByText("Kaksivaiheinen tunnistautuminen on käytössä.")).toBeVisible();
      await page.getByRole("button", { name: `Nollaa kaksivaiheinen tunnistautuminen: ${worker.name}` }).click();
      await expect(page.getByText(`Nollataanko käyttäjän ${worker.name} kaksivaiheinen tunnistautuminen?`)).toBeFocused();
      await expectAccessible(page);
      await page.getByRole("button", { name: "Kyllä, nollaa" }).click();
      await expect(page.getByRole("status").filter({ hasText: `Käyttäjän ${worker.name} kaksivaiheinen tunnistautuminen nollattiin.` })).toBeVisible();
      await expectAccessible(page);
      const event = await db.auditEvent.findFirstOrThrow({ where: { action: "admin.two_factor.reset", objectId: worker.id } });
      expect(event.actorId).toBe(admin.id);

      await workerPage.goto("/guidance");
      await expect(workerPage).toHaveURL(/\/login/);
      await other.close();
    } finally {
      await db.roleSecurityPolicy.deleteMany({ where: { role: "GUIDANCE_WORKER" } });
    }
  });
});
