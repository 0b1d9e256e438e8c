// Palaute (issue 4 item 6): at the end of the meeting the chair shows a QR code and a short link;
// a parent opens it on a phone, answers anonymously and sees thanks; the same link then says it has
// been answered. A child's version with faces works by keyboard. Every state passes axe.
// DRAFT: written alongside the feature, not yet run.
import type { Browser, Page } from "@playwright/test";
import { test, expect, signIn, expectAccessible } from "./fixtures.ts";
import { buildCollaboration, buildMeeting, buildOrganisation, buildUser } from "../fixtures/builders.ts";
import type { Db } from "../../lib/db/create-client.ts";

/** A family whose joint meeting the chair is running right now. */
async function meetingUnderWay(db: Db) {
  const org = await buildOrganisation(db);
  const chair = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
  const lastName = `Palautetesti${Math.random().toString(36).slice(2, 7).replace(/\d/g, "q")}`;
  const family = await buildCollaboration(db, chair, { id: org.area.id, municipalityId: org.municipality.id }, [{ firstName: "Maija", lastName }]);
  const meeting = await buildMeeting(db, family.id, chair, { status: "IN_PROGRESS", startsAt: new Date(Date.now() - 60 * 60_000) });
  return { org, chair, family, meeting, lastName, feedbackPath: `/families/${family.id}/meetings/${meeting.id}/feedback` };
}

/** The link's path: the server's own address may differ from the test server's, the path does not. */
async function createdLinkPath(page: Page, button: string, heading: string): Promise<string> {
  await page.getByRole("button", { name: button }).click();
  await expect(page.getByRole("heading", { level: 3, name: heading })).toBeFocused();
  const url = (await page.getByRole("link", { name: /\/p\/[0-9A-Z]{10}$/ }).textContent())!.trim();
  // The QR code's text alternative is the link itself.
  await expect(page.getByRole("img", { name: new RegExp(url.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })).toBeVisible();
  await expect(page.getByText(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/)).toBeVisible();
  return new URL(url).pathname;
}

async function phone(browser: Browser, baseURL: string | undefined) {
  return browser.newContext({ baseURL, viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true, locale: "fi-FI", timezoneId: "Europe/Helsinki" });
}

async function expectNoSideways(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
}

test.describe("meeting feedback", () => {
  test.slow();

  test("the chair shows a parent's link; the parent answers on a phone once", async ({ page, db, browser, baseURL }) => {
    const s = await meetingUnderWay(db);
    await signIn(page, s.chair.email);
    await page.goto(s.feedbackPath);
    await expect(page.getByRole("heading", { level: 1, name: "Palaute tapaamisesta" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Takaisin tapaamiseen" })).toHaveAttribute("href", `/families/${s.family.id}/meetings/${s.meeting.id}`);
    await expectAccessible(page);

    const path = await createdLinkPath(page, "Luo palautelinkki vanhemmalle", "Palautelinkki vanhemmalle");
    await expect(page.getByText("Uusi palautelinkki on luotu.")).toBeVisible();
    await expectAccessible(page);

    const ctx = await phone(browser, baseURL);
    const parent = await ctx.newPage();
    await parent.goto(path);
    await expect(parent.getByRole("heading", { level: 1, name: "Palaute yhteisestä tapaamisesta" })).toBeVisible();
    // Anonymous and public: nothing about the family or the meeting.
    await expect(parent.getByText(s.lastName)).toHaveCount(0);
    await expect(parent.getByText(s.org.room.name)).toHaveCount(0);
    await expectNoSideways(parent);
    await expectAccessible(parent);

    // Sending with nothing chosen: errors next to each statement, announced, nothing lost.
    await parent.getByLabel("Haluatko kertoa vielä jotain? (ei pakollinen)").fill("Hyvä tapaaminen.");
    await parent.getByRole("button", { name: "Lähetä palaute" }).click();
    await expect(parent.getByRole("alert").filter({ hasText: "Lomakkeessa on virheitä" })).toBeVisible();
    await expect(parent.locator("#answers-felt_heard-error")).toHaveText(/Valitse jokin vaihtoehdoista/);
    await expect(parent.getByLabel("Haluatko kertoa vielä jotain? (ei pakollinen)")).toHaveValue("Hyvä tapaaminen.");
    await expectAccessible(parent);

    const answer = async (statement: string, choice: RegExp) => parent.getByRole("group", { name: statement }).getByRole("radio", { name: choice }).check();
    await answer("Ratkaisuja löydettiin varhaisessa vaiheessa.", /Jokseenkin samaa mieltä/);
    await answer("Tarvittavat asiantuntijat olivat paikalla yhtä aikaa.", /Täysin samaa mieltä/);
    await answer("Tulin kuulluksi.", /Täysin samaa mieltä/);
    await answer("Tapaaminen auttoi hahmottamaan perheen kokonaistilannetta.", /En osaa sanoa/);
    await answer("Tiedän, mitä seuraavaksi tapahtuu.", /Ei samaa eikä eri mieltä/);
    await parent.getByRole("button", { name: "Lähetä palaute" }).click();
    await expect(parent.getByRole("heading", { level: 1, name: "Kiitos palautteestasi!" })).toBeFocused();
    await expectAccessible(parent);

    const rows = await db.feedback.findMany({ where: { meetingId: s.meeting.id }, include: { answers: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ respondent: "PARENT", comment: "Hyvä tapaaminen." });
    expect(rows[0]!.answers).toHaveLength(4);

    // The same link again: a calm "already answered" page, not an error.
    await parent.goto(path);
    await expect(parent.getByRole("heading", { level: 1, name: "Tähän palautteeseen on jo vastattu tai linkki ei ole voimassa" })).toBeVisible();
    await expect(parent.getByRole("radio")).toHaveCount(0);
    await expectAccessible(parent);
    await ctx.close();

    // The chair's counts: links made and answers received, nothing more.
    await page.reload();
    const parentRow = page.getByRole("row", { name: /Vanhempi/ });
    await expect(parentRow.getByRole("cell")).toHaveText(["1", "1"]);
    await expectAccessible(page);
  });

  test("a child answers with faces by keyboard on a phone", async ({ page, db, browser, baseURL }) => {
    const s = await meetingUnderWay(db);
    await signIn(page, s.chair.email);
    await page.goto(s.feedbackPath);
    const path = await createdLinkPath(page, "Luo palautelinkki lapselle", "Palautelinkki lapselle");

    const ctx = await phone(browser, baseURL);
    const child = await ctx.newPage();
    await child.goto(path);
    await expect(child.getByRole("heading", { level: 1, name: "Millainen tapaaminen oli?" })).toBeVisible();
    // No free text in the child's version; every face has its word.
    await expect(child.getByRole("textbox")).toHaveCount(0);
    const listened = child.getByRole("group", { name: "Minua kuunneltiin." });
    await expect(listened.getByRole("radio")).toHaveCount(6);
    for (const word of ["Ei yhtään", "Vähän", "Jonkin verran", "Paljon", "Tosi paljon", "En tiedä"]) await expect(listened.getByRole("radio", { name: word, exact: true })).toBeAttached();
    await expectNoSideways(child);
    await expectAccessible(child);

    // By keyboard: Tab into each group, arrows to choose, Enter to send.
    for (const [statement, presses] of [["Minua kuunneltiin.", 4], ["Sain kertoa oman mielipiteeni.", 3], ["Oli hyvä olla mukana.", 5]] as const) {
      const first = child.getByRole("group", { name: statement }).getByRole("radio").first();
      await first.focus();
      await child.keyboard.press("Space");
      for (let i = 0; i < presses; i++) await child.keyboard.press("ArrowRight");
    }
    await expect(child.getByRole("group", { name: "Minua kuunneltiin." }).getByRole("radio", { name: "Tosi paljon" })).toBeChecked();
    await expect(child.getByRole("group", { name: "Oli hyvä olla mukana." }).getByRole("radio", { name: "En tiedä" })).toBeChecked();
    await child.getByRole("button", { name: "Lähetä", exact: true }).focus();
    await child.keyboard.press("Enter");
    await expect(child.getByRole("heading", { level: 1, name: "Kiitos, että vastasit!" })).toBeVisible();
    await expectAccessible(child);
    await ctx.close();

    const row = await db.feedback.findFirstOrThrow({ where: { meetingId: s.meeting.id }, include: { answers: { orderBy: { questionKey: "asc" } } } });
    expect(row.respondent).toBe("CHILD");
    expect(row.answers.map((a) => [a.questionKey, a.score])).toEqual([
      ["child_could_give_opinion", 4],
      ["child_was_listened_to", 5],
    ]);
  });

  test("only the chair sees the feedback page; an unknown link is a calm page, not an error", async ({ page, db, browser, baseURL }) => {
    const s = await meetingUnderWay(db);
    const other = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: s.org.unit.id });
    await signIn(page, other.email);
    const response = await page.goto(s.feedbackPath);
    expect(response?.status()).toBe(404);

    const anonymous = await browser.newContext({ baseURL, locale: "fi-FI" });
    const visitor = await anonymous.newPage();
    const r = await visitor.goto("/p/ABCDE-FGHJK");
    expect(r?.status()).toBe(200);
    await expect(visitor.getByRole("heading", { level: 1, name: "Tähän palautteeseen on jo vastattu tai linkki ei ole voimassa" })).toBeVisible();
    await expectAccessible(visitor);
    await anonymous.close();
  });
});
