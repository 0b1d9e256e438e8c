// Hyvinvoinnin tähti (issue 4): the chair records the family's star by keyboard alone — Tab to an
// area, Enter opens it, type the views, arrow keys and Space choose the rating — saves, and sees the
// star as a chart and as a table, with the earlier meeting's star drawn for comparison. The others
// taking part read it; a stranger gets 404. An admin publishes a new template version. Every page,
// and every page showing errors, passes axe.
import type { Locator, Page } from "@playwright/test";
import { test, expect, signIn, expectAccessible } from "./fixtures.ts";
import { startAtTop, tabTo } from "./keyboard.ts";
import { buildCollaboration, buildMeeting, buildOrganisation, buildStarTemplate, buildUser } from "../fixtures/builders.ts";
import type { Db } from "../../lib/db/create-client.ts";

/**
 * A family whose joint meeting the chair runs, with a team member taking part. The meeting's review
 * is started on a template version of this test's own (an empty review pins the version), so a
 * version published by a test running in parallel does not change the areas this test sees.
 */
async function scenario(db: Db) {
  const org = await buildOrganisation(db);
  const chair = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
  const member = await buildUser(db, { roles: ["TEAM_MEMBER"] });
  const stranger = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
  const family = await buildCollaboration(db, chair, { id: org.area.id, municipalityId: org.municipality.id });
  await db.collaborationMember.create({ data: { collaborationId: family.id, userId: member.id, role: "INVITED" } });
  const template = await buildStarTemplate(db);
  const first = await buildMeeting(db, family.id, chair, { startsAt: new Date(Date.now() - 30 * 86_400_000), status: "HELD" });
  const followUp = await buildMeeting(db, family.id, chair, { kind: "FOLLOW_UP", startsAt: new Date(Date.now() + 2 * 86_400_000) });
  const area = (key: string) => template.areas.find((a) => a.key === key)!.id;
  // The first meeting's star, recorded earlier: drawn on the follow-up's star for comparison.
  await db.starReview.create({
    data: {
      collaborationId: family.id,
      meetingId: first.id,
      templateId: template.id,
      recordedById: chair.id,
      entries: { create: [{ areaId: area("child_strengths"), rating: 2, strengthsChild: "Leikkii mielellään" }, { areaId: area("services"), rating: 3 }] },
    },
  });
  await db.starReview.create({ data: { collaborationId: family.id, meetingId: followUp.id, templateId: template.id, recordedById: chair.id } });
  return { org, chair, member, stranger, family, template, first, followUp, starUrl: `/families/${family.id}/meetings/${followUp.id}/star` };
}

/** Tabs into a radio group, moves with the arrow keys to `target` and presses Space on it. */
async function chooseRadio(page: Page, target: Locator) {
  const name = await target.getAttribute("name");
  for (let i = 0; i < 200; i++) {
    const inGroup = await page.evaluate((n) => {
      const el = document.activeElement as HTMLInputElement | null;
      return el?.type === "radio" && el.name === n;
    }, name);
    if (inGroup) break;
    await page.keyboard.press("Tab");
  }
  // "Ei arvioida" is last and checked at first: the ratings are before it.
  for (let i = 0; i < 10 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Space");
  await expect(target).toBeChecked();
}

/** The disclosure of one area of the form, found by its summary text. */
function area(page: Page, label: string) {
  const details = page.locator("details.star-area").filter({ has: page.locator("summary .star-area-label", { hasText: new RegExp(`^${label}$`) }) });
  return {
    summary: details.locator("summary"),
    field: (group: "Vahvuudet" | "Huolet ja tarpeet", view: string) => details.getByRole("group", { name: group, exact: true }).getByLabel(view, { exact: true }),
    rating: (value: string) => details.getByRole("group", { name: "Yhteinen arvio", exact: true }).getByLabel(value, { exact: true }),
  };
}

test.describe("Hyvinvoinnin tähti", () => {
  test.slow();

  test("the chair records the star by keyboard alone, sees errors kept next to the fields, saves, and sees the chart and the table", async ({ page, db }) => {
    const s = await scenario(db);
    await signIn(page, s.chair.email);
    await page.goto(s.starUrl);
    await expect(page.getByRole("heading", { level: 1, name: "Hyvinvoinnin tähti" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Takaisin tapaamiseen" })).toHaveAttribute("href", `/families/${s.family.id}/meetings/${s.followUp.id}`);
    await expectAccessible(page);

    // Walk to "Lapsen vahvuudet", open it with Enter, type the child's and the parents' views.
    const strengths = area(page, "Lapsen vahvuudet");
    await startAtTop(page);
    await tabTo(page, strengths.summary);
    await page.keyboard.press("Enter");
    await tabTo(page, strengths.field("Vahvuudet", "Lapsen näkemys"));
    await page.keyboard.type("Osaa piirtää ja rakentaa legoista.");
    await page.keyboard.press("Tab");
    await expect(strengths.field("Vahvuudet", "Vanhempien näkemys")).toBeFocused();
    await page.keyboard.type("Sinnikäs <b>");
    await tabTo(page, strengths.field("Huolet ja tarpeet", "Ammattilaisten näkemys"));
    await page.keyboard.type("Keskittyminen ryhmässä");
    await chooseRadio(page, strengths.rating("4"));

    // Markup is refused next to the field; everything typed stays.
    await tabTo(page, page.getByRole("button", { name: "Tallenna tähti" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("alert").filter({ hasText: "Lomakkeessa on virheitä." })).toBeVisible();
    await expect(page.locator("#entries-1-strengthsParents-error")).toHaveText(/merkkejä, joita ei voi tallentaa/);
    await expect(strengths.field("Vahvuudet", "Vanhempien näkemys")).toBeFocused();
    await expect(strengths.field("Vahvuudet", "Lapsen näkemys")).toHaveValue("Osaa piirtää ja rakentaa legoista.");
    await expect(strengths.rating("4")).toBeChecked();
    await expectAccessible(page);

    // Fix it by keyboard, rate "Palvelut" too, and save.
    await page.keyboard.press("End");
    for (let i = 0; i < 4; i++) await page.keyboard.press("Backspace");
    await expect(strengths.field("Vahvuudet", "Vanhempien näkemys")).toHaveValue("Sinnikäs");
    const services = area(page, "Palvelut");
    await tabTo(page, services.summary);
    await page.keyboard.press("Enter");
    await chooseRadio(page, services.rating("2"));
    await tabTo(page, page.getByRole("button", { name: "Tallenna tähti" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "Tähti on tallennettu" })).toBeVisible();
    await expect(strengths.summary).toContainText("kirjattu · arvio 4/5");

    const saved = await db.starReviewEntry.findMany({ where: { review: { meetingId: s.followUp.id } }, include: { area: true }, orderBy: { area: { sortOrder: "asc" } } });
    expect(saved.map((e) => [e.area.key, e.strengthsChild, e.strengthsParents, e.worriesProfessionals, e.rating])).toEqual([
      ["child_strengths", "Osaa piirtää ja rakentaa legoista.", "Sinnikäs", "Keskittyminen ryhmässä", 4],
      ["services", null, null, null, 2],
    ]);

    // The chart (an image with a text alternative) and the table, with the first meeting's star for comparison.
    const chart = page.getByRole("img", { name: /Hyvinvoinnin tähti: yhteiset arviot/ });
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAccessibleDescription(/Lapsen vahvuudet: 4\/5/);
    const legend = page.locator(".star-legend");
    await expect(legend.getByText(/^Yhteinen aika /)).toBeVisible();
    await expect(legend.getByText(/\(tämä tapaaminen\)$/)).toBeVisible();
    const table = page.getByRole("table", { name: "Yhteiset arviot alueittain (1–5)" });
    await expect(table.getByRole("columnheader")).toHaveCount(4);
    await expect(table.getByRole("row", { name: /Lapsen vahvuudet/ }).getByRole("cell")).toHaveText(["2", "2", "4"]);
    await expect(table.getByRole("row", { name: /Lapsen toimintakyky/ }).getByRole("cell")).toHaveText(["3", "ei arvioitu", "ei arvioitu"]);
    await expectAccessible(page);
  });

  test("the others taking part read the star; a stranger gets 404", async ({ page, db, browser }) => {
    const s = await scenario(db);
    await signIn(page, s.member.email);
    await page.goto(`/families/${s.family.id}/meetings/${s.first.id}/star`);
    await expect(page.getByText("Tähden kirjaa tapaamisen puheenjohtaja.")).toBeVisible();
    await expect(page.getByRole("textbox")).toHaveCount(0);
    await expect(page.getByText("Leikkii mielellään")).toBeVisible();
    await expect(page.getByRole("img", { name: /Hyvinvoinnin tähti/ })).toBeVisible();
    await expectAccessible(page);

    const context = await browser.newContext();
    const other = await context.newPage();
    await signIn(other, s.stranger.email);
    expect((await other.goto(s.starUrl))?.status()).toBe(404);
    await context.close();
  });

  test("an admin publishes a new template version prefilled from the current one; others get 404", async ({ page, db, browser }) => {
    const admin = await buildUser(db, { roles: ["ADMIN"] });
    await buildStarTemplate(db);
    await signIn(page, admin.email);
    await page.goto("/admin");
    await page.getByRole("link", { name: "Hyvinvoinnin tähden pohjat" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Hyvinvoinnin tähden pohjat" })).toBeVisible();
    await expect(page.getByText("Julkaistua versiota ei voi muuttaa eikä poistaa.")).toBeVisible();
    await expect(page.getByLabel("Nimi suomeksi").first()).toHaveValue("Lapsen terveys, kasvu ja kehitys");
    await expectAccessible(page);

    // A new area with an invalid key: the error is shown next to it and nothing is published.
    // Counted for this admin only: other tests may publish templates at the same time.
    const before = await db.starTemplate.count({ where: { createdById: admin.id } });
    await page.getByRole("button", { name: "Lisää alue" }).click();
    const added = page.getByRole("group", { name: /^Alue 17/ });
    await added.getByLabel("Nimi suomeksi").fill("Perheen omat voimavarat");
    await added.getByLabel("Nimi ruotsiksi").fill("Familjens egna resurser");
    await added.getByLabel("Nimi englanniksi").fill("The family's own resources");
    await added.getByLabel("Tunniste").fill("Perheen Voimavarat");
    await page.getByRole("button", { name: "Julkaise uusi versio" }).click();
    await expect(page.locator("#areas-16-key-error")).toHaveText(/Anna tunniste pienillä kirjaimilla/);
    await expectAccessible(page);
    expect(await db.starTemplate.count({ where: { createdById: admin.id } })).toBe(before);

    await added.getByLabel("Tunniste").fill("family_resources");
    await page.getByLabel("Lähde (valinnainen)").fill("THL 26/2017, alueen lisäys");
    await page.getByRole("button", { name: "Julkaise uusi versio" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Versio \d+ on julkaistu/ })).toBeVisible();
    const newest = await db.starTemplate.findFirstOrThrow({ where: { createdById: admin.id }, orderBy: { version: "desc" }, include: { areas: true } });
    expect(newest).toMatchObject({ status: "PUBLISHED", source: "THL 26/2017, alueen lisäys" });
    expect(newest.areas.find((a) => a.key === "family_resources")?.labelSv).toBe("Familjens egna resurser");
    await expect(page.getByRole("row", { name: new RegExp(`^${newest.version} `) })).toContainText("käytössä uusissa arvioissa");
    await expectAccessible(page);

    const context = await browser.newContext();
    const worker = await context.newPage();
    const nonAdmin = await buildUser(db, { roles: ["FRONTLINE_WORKER"] });
    await signIn(worker, nonAdmin.email);
    expect((await worker.goto("/admin/star"))?.status()).toBe(404);
    await context.close();
  });
});
