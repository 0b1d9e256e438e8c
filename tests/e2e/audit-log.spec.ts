// Issue 14, item 2: the data-protection officer's search of the use and disclosure log. An admin
// (acting for the DPO) finds who read a family's data by the worker's address and by the family,
// within Finnish-typed dates; a malformed family id gets a translated error next to the field
// with the typed values kept; the search itself is logged; to anyone else the page does not exist.
import { randomUUID } from "node:crypto";
import { test, expect, signIn, expectAccessible } from "./fixtures.ts";
import { buildUser } from "../fixtures/builders.ts";

test.describe("käyttö- ja luovutusloki", () => {
  test("an admin finds a worker's reads of a family, by the worker and by the family, and the search is logged", async ({ page, db }) => {
    const admin = await buildUser(db, { roles: ["ADMIN"] });
    const worker = await buildUser(db, { roles: ["FRONTLINE_WORKER"], name: `Lotta Lokitus ${randomUUID().slice(0, 6)}` });
    const familyId = randomUUID();
    await db.auditEvent.createMany({
      data: [
        { kind: "ACCESS", action: "collaboration.read", actorId: worker.id, familyId, occurredAt: new Date("2026-03-10T08:15:00Z") },
        { kind: "DISCLOSURE", action: "plan.disclose", actorId: worker.id, familyId, recipient: admin.id, occurredAt: new Date("2026-03-11T09:00:00Z") },
      ],
    });

    await signIn(page, admin.email);
    await page.goto("/admin");
    await page.getByRole("link", { name: "Käyttö- ja luovutusloki" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Käyttö- ja luovutusloki" })).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Käyttäjän sähköpostiosoite").fill(worker.email);
    await page.getByRole("button", { name: "Hae", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "2 tapahtumaa." })).toBeVisible();
    const rows = page.getByRole("table", { name: "Lokitapahtumat, uusin ensin" }).getByRole("row");
    await expect(rows.nth(1)).toContainText("11.3.2026");
    await expect(rows.nth(1)).toContainText("Luovutus");
    await expect(rows.nth(2)).toContainText("collaboration.read");
    await expect(rows.nth(2)).toContainText("10.3.2026 10.15");
    await expectAccessible(page);

    // The family, on one Helsinki day typed the Finnish way.
    await page.goto("/admin/audit");
    await page.getByLabel("Perheen tunniste").fill(familyId);
    await page.getByLabel("Alkaen").fill("10.3.2026");
    await page.getByLabel("Päättyen").fill("10.3.2026");
    await page.getByRole("button", { name: "Hae", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "1 tapahtuma." })).toBeVisible();
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);

    const logged = await db.auditEvent.findMany({ where: { action: "audit.search", actorId: admin.id }, orderBy: { occurredAt: "asc" } });
    expect(logged.map((e) => [e.objectId, e.familyId])).toEqual([
      [worker.id, null],
      [null, familyId],
    ]);
  });

  test("a malformed family id gets a translated error next to the field, the typed text kept; a non-admin gets 404", async ({ page, db }) => {
    const admin = await buildUser(db, { roles: ["ADMIN"] });
    await signIn(page, admin.email);
    await page.goto("/admin/audit");
    await page.getByLabel("Perheen tunniste").fill("perhe-123");
    await page.getByRole("button", { name: "Hae", exact: true }).click();
    await expect(page.getByLabel("Perheen tunniste")).toHaveValue("perhe-123");
    await expect(page.getByText("Anna perheen tunniste (UUID).")).toBeVisible();
    await expect(page.getByLabel("Perheen tunniste")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("table")).toHaveCount(0);
    await expectAccessible(page);

    const coordinator = await buildUser(db, { roles: ["COORDINATOR"] });
    await page.context().clearCookies();
    await signIn(page, coordinator.email);
    const response = await page.goto("/admin/audit");
    expect(response?.status()).toBe(404);
  });
});
