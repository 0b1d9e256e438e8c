// Coordinators (issue 6): a county coordinator sees the monthly counts (chart with a text
// alternative, table with totals, small counts as <5), changes the period (and gets a translated
// error for a wrong one), downloads the table as CSV and XLSX, reads the model's figures with their
// definitions, changes a municipality's adoption stage, and is refused a collaboration's URL.
// axe-core on every page and state.
import { readFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { test, expect, signIn, expectAccessible } from "./fixtures.ts";
import { buildCollaboration, buildMeeting, buildOrganisation, buildUser } from "../fixtures/builders.ts";
import type { Db } from "../../lib/db/create-client.ts";

async function countyWithMeetings(db: Db) {
  const org = await buildOrganisation(db, { municipalityName: `Koordikunta-${randomUUID().slice(0, 8)}` });
  const owner = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
  const coordinator = await buildUser(db, { roles: ["COORDINATOR"], scopeCountyId: org.county.id });
  const family = await buildCollaboration(db, owner, { id: org.area.id, municipalityId: org.municipality.id });
  // This year, already held: six joint meetings and two follow-up meetings (shown as <5).
  for (let h = 1; h <= 6; h++) await buildMeeting(db, family.id, owner, { status: "HELD", startsAt: new Date(Date.now() - h * 3_600_000) });
  for (let h = 7; h <= 8; h++) await buildMeeting(db, family.id, owner, { status: "HELD", kind: "FOLLOW_UP", startsAt: new Date(Date.now() - h * 3_600_000) });
  return { org, owner, coordinator, family };
}

test.describe("coordinator reports", () => {
  test.slow();

  test("counts, period, downloads, figures, adoption stage, and no way into a family", async ({ page, db }) => {
    const s = await countyWithMeetings(db);
    const name = s.org.municipality.name;
    await signIn(page, s.coordinator.email);
    await expect(page).toHaveURL(/\/coordinator$/);
    await expect(page.getByRole("heading", { level: 1, name: "Yhteisten aikojen lukumäärä" })).toBeVisible();

    const joint = page.locator('table[data-table="joint"]');
    await expect(joint.getByRole("row", { name: new RegExp(name) })).toContainText("6");
    await expect(page.locator('table[data-table="followUp"]').getByRole("row", { name: new RegExp(name) })).toContainText("<5");
    // The chart's text alternative lists the monthly totals.
    const chart = page.getByRole("img", { name: /Pylväskaavio: Yhteiset ajat/ });
    await expect(chart).toBeVisible();
    await expect(chart.locator("desc")).toContainText("Kuukausittaiset yhteismäärät");
    await expectAccessible(page);

    // Another period: last year had no meetings.
    const lastYear = new Date().getFullYear() - 1;
    await page.getByLabel("Alkaen").fill(`1.1.${lastYear}`);
    await page.getByLabel("Päättyen").fill(`31.12.${lastYear}`);
    await page.getByRole("button", { name: "Näytä" }).click();
    await expect(page).toHaveURL(new RegExp(`from=${lastYear}-01-01`));
    await expect(page.getByText(`Ajanjakso 1.1.${lastYear}–31.12.${lastYear}`)).toBeVisible();
    await expect(joint.getByRole("row", { name: new RegExp(name) }).locator("td").last()).toHaveText("0");
    await expectAccessible(page);

    // A wrong period: a translated error next to the field, the values kept.
    await page.getByLabel("Alkaen").fill(`1.5.${lastYear}`);
    await page.getByLabel("Päättyen").fill(`1.4.${lastYear}`);
    await page.getByRole("button", { name: "Näytä" }).click();
    await expect(page.getByText("Päättymispäivä ei voi olla ennen alkamispäivää.")).toBeVisible();
    await expect(page.getByLabel("Päättyen")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Päättyen")).toHaveValue(`1.4.${lastYear}`);
    await expectAccessible(page);

    // By team: the bottom row counts each meeting once, and says so.
    await page.goto("/coordinator");
    await page.getByLabel("Ryhmittely").selectOption({ label: "Perhekeskustiimi" });
    await page.getByRole("button", { name: "Näytä" }).click();
    await expect(page).toHaveURL(/by=team/);
    await expect(joint.getByRole("rowheader", { name: "Yhteensä (kukin tapaaminen kerran)" })).toBeVisible();
    await expect(page.getByText(/se laskee jokaisen tapaamisen kerran/).first()).toBeVisible();
    await expectAccessible(page);

    // Back to this year: download both files and compare with the table.
    await page.goto("/coordinator");
    const csvDownload = page.waitForEvent("download");
    await page.getByRole("link", { name: "CSV: Yhteiset ajat" }).click();
    const csv = await readFile((await (await csvDownload).path())!, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const csvRow = csv.split("\r\n").find((l) => l.startsWith(name))!;
    const pageRow = await joint.getByRole("row", { name: new RegExp(name) }).locator("th, td").allInnerTexts();
    expect(csvRow.split(";")).toEqual(pageRow.map((c) => c.trim()));

    const xlsxDownload = page.waitForEvent("download");
    await page.getByRole("link", { name: "Excel (XLSX): Seurantatapaamiset" }).click();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile((await (await xlsxDownload).path())!)) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const followRow = await page.locator('table[data-table="followUp"]').getByRole("row", { name: new RegExp(name) }).locator("th, td").allInnerTexts();
    let found: string[] | null = null;
    ws.eachRow((row) => {
      if (String(row.getCell(1).value) === name) found = followRow.map((_, i) => String(row.getCell(i + 1).value ?? ""));
    });
    expect(found).toEqual(followRow.map((c) => c.trim()));

    // The model's figures, each with its definition.
    await page.getByRole("link", { name: "Mallin tunnusluvut" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mallin tunnusluvut" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Viive puheeksiotosta yhteiseen aikaan" })).toBeVisible();
    await expect(page.getByText(/Kalenteripäivät \(Suomen aikaa\) puheeksiotosta/)).toBeVisible();
    await expectAccessible(page);

    // Adoption stages: change one with a date and a note; the history keeps it.
    await page.getByRole("link", { name: "Käyttöönoton vaiheet" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mallin käyttöönoton vaiheet" })).toBeVisible();
    await expect(page.getByRole("img", { name: /Kokeilu on käynnissä/ })).toBeVisible();
    await expectAccessible(page);
    const form = page.locator("form", { has: page.getByRole("heading", { name: "Muuta kunnan vaihetta" }) });
    await form.getByLabel("Kunta").selectOption({ label: name });
    await form.getByLabel("Uusi vaihe").selectOption({ label: "Malli on juurtumassa/juurtunut osaksi perustoimintaa" });
    await form.getByLabel("Voimassa alkaen").fill("1.1.2099");
    await form.getByRole("button", { name: "Tallenna vaihe" }).click();
    await expect(form.getByText("Vaiheen päivämäärä ei voi olla tulevaisuudessa.")).toBeVisible();
    await expectAccessible(page);
    await form.getByLabel("Voimassa alkaen").fill(`1.9.${lastYear}`);
    await form.getByLabel("Huomio (vapaaehtoinen)").fill("Ohjausryhmän päätös");
    await form.getByRole("button", { name: "Tallenna vaihe" }).click();
    await expect(page.getByText("Vaihe tallennettiin.")).toBeVisible();
    const stages = page.locator('table[data-table="stages"]');
    await expect(stages.getByRole("row", { name: new RegExp(name) })).toContainText("Malli on juurtumassa/juurtunut osaksi perustoimintaa");
    await expect(stages.getByRole("row", { name: new RegExp(name) })).toContainText(`1.9.${lastYear}`);
    await expect(page.locator('table[data-table="stageHistory"]')).toContainText("Ohjausryhmän päätös");
    await expectAccessible(page);

    // Never a family: collaboration pages and their URLs are a plain 404.
    for (const path of [`/families/${s.family.id}`, "/families", `/families/${s.family.id}/plan`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    // A forged download for a municipality outside the scope is a 404 too.
    const elsewhere = await buildOrganisation(db);
    const forged = await page.request.get(`/coordinator/export/joint?format=csv&municipality=${elsewhere.municipality.id}`);
    expect(forged.status()).toBe(404);
    const bad = await page.request.get(`/coordinator/export/joint?format=csv&from=2026-05-01&to=2010-01-01`);
    expect(bad.status()).toBe(400);
    expect(await bad.text()).toContain("Päättymispäivä ei voi olla ennen alkamispäivää.");
  });

  test("a municipal coordinator sees only their own municipality", async ({ page, db }) => {
    const s = await countyWithMeetings(db);
    const sibling = await db.municipality.create({ data: { name: `Naapurikunta-${randomUUID().slice(0, 8)}`, countyId: s.org.county.id } });
    const municipal = await buildUser(db, { roles: ["COORDINATOR"], scopeMunicipalityId: s.org.municipality.id });
    await signIn(page, municipal.email);
    await expect(page.getByText(`Tarkastelualue: ${s.org.municipality.name}`)).toBeVisible();
    await expect(page.getByText(sibling.name)).toHaveCount(0);
    const response = await page.goto(`/coordinator?municipality=${sibling.id}`);
    expect(response?.status()).toBe(404);
  });
});
