// The public forms without JavaScript (an old phone, a strict corporate browser policy): the contact
// form (/contact) and the feedback form (/p/<code>) are plain HTML forms whose action is a server
// action. Sent with missing or oversized fields, the answer page shows the same translated errors
// next to the fields, with what was typed kept, and stores nothing; a valid one is stored and leads
// to the same confirmation as with JavaScript. axe-core checks every state.
import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures.ts";
import { buildCollaboration, buildMeeting, buildOrganisation, buildUser } from "../fixtures/builders.ts";
import { runSecureAction } from "../../lib/actions/secure-action.ts";
import { createFeedbackLinkAction } from "../../lib/feedback/actions.ts";
import type { Db } from "../../lib/db/create-client.ts";

test.use({ javaScriptEnabled: false });

/**
 * axe-core runs as a script, which this page may not: the page as served (its HTML, scripts taken
 * out) is checked in a page of the same origin that may run axe.
 */
async function expectAccessibleAsServed(page: Page, browser: Browser) {
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
  const context = await browser.newContext({ javaScriptEnabled: true });
  const checker = await context.newPage();
  await checker.goto(new URL("/robots.txt", page.url()).href);
  await checker.setContent(html, { waitUntil: "load" });
  await expectAccessible(checker);
  await context.close();
}

async function servedMunicipality(db: Db) {
  const suffix = randomUUID().slice(0, 8);
  const org = await buildOrganisation(db, { municipalityName: `Kunta ${suffix}` });
  // A municipality is offered once its guidance service has someone to read the requests.
  await buildUser(db, { roles: ["GUIDANCE_WORKER"], unitId: org.unit.id });
  return { ...org, suffix };
}

test.describe("the contact form without JavaScript", () => {
  test("shows the same errors with what was typed kept, then sends a valid request", async ({ page, db, browser }) => {
    const org = await servedMunicipality(db);
    await page.goto("/contact");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ota yhteyttä lapsiperheiden ohjaus- ja neuvontapalveluun");
    await expectAccessibleAsServed(page, browser);

    await page.getByLabel("Kunta, jossa perheesi asuu").selectOption({ label: `Kunta ${org.suffix}` });
    await page.getByLabel("Lasten iät").fill("3 ja 8 vuotta");
    const words = `Tarvitsemme apua iltoihin <b>nyt</b> ${org.suffix}`;
    await page.getByLabel("Missä asiassa toivoisitte apua?").fill(words);
    await page.getByLabel("Sähköpostiosoite").fill("perhe(at)example");
    await page.getByRole("button", { name: "Lähetä yhteydenottopyyntö" }).click();

    await expect(page).toHaveURL(/\/contact$/);
    await expect(page.locator(".alert")).toHaveText("Lomakkeessa on virheitä. Korjaa merkityt kohdat.");
    await expect(page.locator("#contactPreference-error")).toBeVisible();
    await expect(page.locator("#email-error")).toBeVisible();
    await expect(page.locator("#message-error")).toBeVisible();
    await expect(page.locator("#privacyAcknowledged-error")).toBeVisible();
    await expect(page.getByLabel("Missä asiassa toivoisitte apua?")).toHaveValue(words);
    await expect(page.getByLabel("Lasten iät")).toHaveValue("3 ja 8 vuotta");
    await expect(page.getByLabel("Sähköpostiosoite")).toHaveValue("perhe(at)example");
    await expect(page.getByLabel("Kunta, jossa perheesi asuu")).toHaveValue(org.municipality.id);
    await expect(page.getByLabel("Missä asiassa toivoisitte apua?")).toHaveAttribute("aria-invalid", "true");
    await expectAccessibleAsServed(page, browser);
    expect(await db.contactRequest.count({ where: { municipalityId: org.municipality.id } })).toBe(0);

    // Oversized: the message's own limit, as the schema says it.
    await page.getByLabel("Missä asiassa toivoisitte apua?").fill("a".repeat(3001));
    await page.getByRole("button", { name: "Lähetä yhteydenottopyyntö" }).click();
    await expect(page.locator("#message-error")).toContainText("3000");
    await expect(page.getByLabel("Missä asiassa toivoisitte apua?")).toHaveValue("a".repeat(3001));
    expect(await db.contactRequest.count({ where: { municipalityId: org.municipality.id } })).toBe(0);

    await page.getByLabel("Missä asiassa toivoisitte apua?").fill(`Tarvitsemme apua iltoihin ${org.suffix}`);
    await page.getByLabel("Sähköpostitse").check();
    await page.getByLabel("Sähköpostiosoite").fill("perhe@example.fi");
    // The interpreter's language is asked (shown by CSS) once the box is ticked.
    await expect(page.getByLabel("Millä kielellä tarvitset tulkin? (vapaaehtoinen)")).toBeHidden();
    await page.getByLabel("Tarvitsen tulkin").check();
    await page.getByLabel("Millä kielellä tarvitset tulkin? (vapaaehtoinen)").fill("arabia");
    await page.getByLabel("Olen lukenut, miten tietojani käsitellään").check();
    await page.getByRole("button", { name: "Lähetä yhteydenottopyyntö" }).click();

    await expect(page).toHaveURL(/\/contact\/sent\?ref=YA-/);
    const code = (await page.locator(".contact-reference-code").textContent())?.trim() ?? "";
    await expectAccessibleAsServed(page, browser);
    const stored = await db.contactRequest.findUniqueOrThrow({ where: { referenceCode: code } });
    expect(stored).toMatchObject({ municipalityId: org.municipality.id, contactPreference: "EMAIL", email: "perhe@example.fi", language: "fi", interpreterNeeded: true, interpreterLanguage: "arabia" });
  });

  test("a bot that fills the honeypot is refused and nothing is stored", async ({ page, db, browser }) => {
    const org = await servedMunicipality(db);
    await page.goto("/contact");
    await page.getByLabel("Kunta, jossa perheesi asuu").selectOption({ label: `Kunta ${org.suffix}` });
    await page.getByLabel("Lasten iät").fill("5");
    await page.getByLabel("Missä asiassa toivoisitte apua?").fill(`Botti ${org.suffix}`);
    await page.getByLabel("Puhelimitse").check();
    await page.getByLabel("Puhelinnumero").fill("040 123 4567");
    await page.getByLabel("Olen lukenut, miten tietojani käsitellään").check();
    await page.locator("#contact-website").fill("https://spam.example", { force: true });
    await page.getByRole("button", { name: "Lähetä yhteydenottopyyntö" }).click();
    await expect(page).toHaveURL(/\/contact$/);
    await expect(page.locator(".alert")).toBeVisible();
    await expect(page.locator("#contact-website")).toHaveValue("");
    expect(await db.contactRequest.count({ where: { municipalityId: org.municipality.id } })).toBe(0);
  });
});

/** A meeting under way with a parent's feedback link, made the way the chair's button makes it. */
async function parentLink(db: Db, respondent: "PARENT" | "CHILD" = "PARENT") {
  const org = await buildOrganisation(db);
  const chair = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
  const family = await buildCollaboration(db, chair, { id: org.area.id, municipalityId: org.municipality.id });
  const meeting = await buildMeeting(db, family.id, chair, { status: "IN_PROGRESS", startsAt: new Date(Date.now() - 60 * 60_000) });
  const link = await runSecureAction(createFeedbackLinkAction, { db, user: { id: chair.id, name: chair.name, email: chair.email, roles: chair.roles, locale: chair.locale } }, { meetingId: meeting.id, respondent });
  if (!link.ok) throw new Error(JSON.stringify(link));
  return { meeting, path: `/p/${link.data.code}` };
}

test.describe("the feedback form without JavaScript", () => {
  test("shows the same errors with the answers kept, then thanks; the link is then used", async ({ page, db, browser }) => {
    const s = await parentLink(db);
    await page.goto(s.path);
    await expect(page.getByRole("heading", { level: 1, name: "Palaute yhteisestä tapaamisesta" })).toBeVisible();
    await expectAccessibleAsServed(page, browser);

    const answer = (statement: string, choice: RegExp) => page.getByRole("group", { name: statement }).getByRole("radio", { name: choice }).check();
    await answer("Tulin kuulluksi.", /Täysin samaa mieltä/);
    await page.getByLabel("Haluatko kertoa vielä jotain? (ei pakollinen)").fill("Hyvä tapaaminen.");
    await page.getByRole("button", { name: "Lähetä palaute" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Lomakkeessa on virheitä" })).toBeVisible();
    await expect(page.locator("#answers-solutions_found_early-error")).toHaveText(/Valitse jokin vaihtoehdoista/);
    await expect(page.locator("#answers-felt_heard-error")).toHaveCount(0);
    await expect(page.getByRole("group", { name: "Tulin kuulluksi." }).getByRole("radio", { name: /Täysin samaa mieltä/ })).toBeChecked();
    await expect(page.getByLabel("Haluatko kertoa vielä jotain? (ei pakollinen)")).toHaveValue("Hyvä tapaaminen.");
    await expectAccessibleAsServed(page, browser);
    expect(await db.feedback.count({ where: { meetingId: s.meeting.id } })).toBe(0);

    // Oversized comment: the comment's own limit.
    await page.getByLabel("Haluatko kertoa vielä jotain? (ei pakollinen)").fill("b".repeat(1001));
    await page.getByRole("button", { name: "Lähetä palaute" }).click();
    await expect(page.locator("#comment-error")).toContainText("1000");
    expect(await db.feedback.count({ where: { meetingId: s.meeting.id } })).toBe(0);

    await page.getByLabel("Haluatko kertoa vielä jotain? (ei pakollinen)").fill("Hyvä tapaaminen.");
    for (const statement of ["Ratkaisuja löydettiin varhaisessa vaiheessa.", "Tarvittavat asiantuntijat olivat paikalla yhtä aikaa.", "Tapaaminen auttoi hahmottamaan perheen kokonaistilannetta.", "Tiedän, mitä seuraavaksi tapahtuu."])
      await answer(statement, /En osaa sanoa/);
    await page.getByRole("button", { name: "Lähetä palaute" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Kiitos palautteestasi!" })).toBeVisible();
    await expectAccessibleAsServed(page, browser);
    const rows = await db.feedback.findMany({ where: { meetingId: s.meeting.id }, include: { answers: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ respondent: "PARENT", comment: "Hyvä tapaaminen." });
    expect(rows[0]!.answers.map((a) => [a.questionKey, a.score])).toEqual([["felt_heard", 5]]);

    await page.goto(s.path);
    await expect(page.getByRole("heading", { level: 1, name: "Tähän palautteeseen on jo vastattu tai linkki ei ole voimassa" })).toBeVisible();
  });
});
