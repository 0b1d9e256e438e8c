// The whole joint meeting (issue 4), as the chair runs it with a Swedish-speaking family: open the
// meeting, the introduction round, the wellbeing star, the joint plan with the responsible worker
// the family names, feedback, completing the meeting — then the plan printed for the family (print
// to PDF in Chromium) and downloaded as a PDF, both read back as text. The responsible worker then
// finds the family on their own page. axe-core in every state, with the confirmation and the list
// of what is missing shown.
import { readFile } from "node:fs/promises";
import { extractText, getDocumentProxy } from "unpdf";
import type { Page } from "@playwright/test";
import { test, expect, signIn, expectAccessible } from "./fixtures.ts";
import { buildCollaboration, buildMeeting, buildOrganisation, buildStarTemplate, buildUser } from "../fixtures/builders.ts";
import type { Db } from "../../lib/db/create-client.ts";
import { fillDateTime } from "./dates.ts";

const THINGS = "Konkreettiset asiat lapsen/perheen arjessa, joihin tarvitaan muutoksia/ratkaisuja";

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

/** A Helsinki wall-clock time `days` from now at 10.00, as `<input type="datetime-local">` holds it. */
function localDateTime(days: number) {
  const date = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Helsinki", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(Date.now() + days * 86_400_000));
  return `${date}T10:00`;
}

/** A joint meeting that began five minutes ago, a psychologist invited and coming, a Swedish-speaking family. */
async function scenario(db: Db) {
  const org = await buildOrganisation(db);
  const tag = Math.random().toString(36).slice(2, 6);
  const chair = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id, name: `Liisa Lähinen ${tag}` });
  const psychologist = await buildUser(db, { roles: ["TEAM_MEMBER"], unitId: org.unit.id, name: `Åsa Öberg ${tag}` });
  const lastName = `Lindqvist${tag.replace(/\d/g, "x")}`;
  const family = await buildCollaboration(db, chair, { id: org.area.id, municipalityId: org.municipality.id }, [{ firstName: "Maria", lastName }]);
  await db.family.update({ where: { id: family.familyId }, data: { language: "sv" } });
  const meeting = await buildMeeting(db, family.id, chair, { startsAt: new Date(Date.now() - 5 * 60_000) });
  await db.invitation.create({ data: { meetingId: meeting.id, userId: psychologist.id, status: "ACCEPTED", expertise: "PSYCHOLOGIST" } });
  await db.collaborationMember.create({ data: { collaborationId: family.id, userId: psychologist.id, role: "INVITED" } });
  // The star is drawn on a template version of this test's own (an admin test may publish another meanwhile).
  const template = await buildStarTemplate(db);
  await db.starReview.create({ data: { collaborationId: family.id, meetingId: meeting.id, templateId: template.id, recordedById: chair.id } });
  return { org, chair, psychologist, lastName, family, meeting, meetingUrl: `/families/${family.id}/meetings/${meeting.id}` };
}

async function backToMeeting(page: Page, url: string) {
  await page.getByRole("link", { name: "Takaisin tapaamiseen" }).first().click();
  await page.waitForURL((u) => u.pathname === url);
}

test.describe("the joint meeting, from opening to the printed plan", () => {
  test.slow();

  test("the chair runs the whole meeting; the plan prints in Swedish and downloads as a PDF; the responsible worker sees the family", async ({ page, db, browser }) => {
    const s = await scenario(db);
    await signIn(page, s.chair.email);
    await page.goto(`/families/${s.family.id}`);
    await page.getByRole("link", { name: "Avaa tapaamisen kulku" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Yhteinen aika: ${s.lastName}` })).toBeVisible();
    await expect(page.getByRole("timer", { name: "Tapaamisen kello" })).toContainText(/Varattu aika päättyy klo \d{1,2}\.\d{2}/);
    await expect(page.getByRole("timer")).toContainText(/Aikaa jäljellä \d+ min/);
    await expect(page.getByRole("list").filter({ hasText: "Tervetuloa ja esittelykierros" }).getByRole("listitem")).toHaveCount(6);
    await expectAccessible(page);

    // Open it; the introduction round.
    await page.getByRole("button", { name: "Avaa tapaaminen" }).click();
    await expect(page.locator(".badge").filter({ hasText: "Käynnissä" })).toBeVisible();
    await page.getByLabel(`${s.chair.name}`, { exact: false }).check();
    await page.getByLabel(new RegExp(`^${s.psychologist.name}`)).check();
    await page.getByLabel(`Maria ${s.lastName} (huoltaja)`).check();
    await page.getByRole("button", { name: "Lisää muu paikalla oleva" }).click();
    await page.getByLabel("Muu paikalla oleva 1").fill("Greta Lindqvist, mormor");
    await page.getByRole("button", { name: "Tallenna läsnäolijat" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Läsnäolijat tallennettu: 4 paikalla." })).toBeVisible();

    // Completing too early lists what is missing, each linked to where it is recorded.
    await page.getByRole("button", { name: "Päätä tapaaminen ja julkaise suunnitelma" }).click();
    await expect(page.getByRole("group", { name: /Päätetäänkö tapaaminen/ })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Kyllä, päätä tapaaminen" }).click();
    const missing = page.getByRole("alert").filter({ hasText: "Tapaamista ei voi vielä päättää" });
    await expect(missing).toBeVisible();
    await expect(missing.getByRole("link", { name: "Asiat, joihin tarvitaan muutosta" })).toBeVisible();
    await expect(missing.getByRole("link", { name: "Vastuutyöntekijä" })).toBeVisible();
    await expectAccessible(page);

    // Hyvinvoinnin tähti.
    await page.getByRole("link", { name: "Avaa Hyvinvoinnin tähti" }).click();
    const strengths = page.locator("details.star-area").filter({ has: page.locator("summary .star-area-label", { hasText: /^Lapsen vahvuudet$/ }) });
    await strengths.locator("summary").click();
    await strengths.getByRole("group", { name: "Vahvuudet", exact: true }).getByLabel("Lapsen näkemys", { exact: true }).fill("Tycker om att rita.");
    await strengths.getByRole("group", { name: "Yhteinen arvio", exact: true }).getByLabel("4", { exact: true }).check();
    await page.getByRole("button", { name: "Tallenna tähti" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Tähti on tallennettu" })).toBeVisible();
    await expect(page.getByRole("img", { name: /Hyvinvoinnin tähti/ })).toHaveAccessibleDescription(/Lapsen vahvuudet: 4\/5/);
    await backToMeeting(page, s.meetingUrl);

    // The joint plan, autosaved, and the responsible worker the family names.
    await page.getByRole("link", { name: "Avaa yhteinen suunnitelma" }).click();
    await page.getByRole("textbox", { name: THINGS }).fill("Kvällarna drar ut på tiden och morgnarna är bråkiga.");
    await page.getByRole("button", { name: "Lisää toimenpide kotona" }).click();
    const home = page.getByRole("region", { name: "a) kotona", exact: true });
    await home.getByLabel("Toimenpide", { exact: true }).fill("Samma läggdags varje kväll");
    await home.getByLabel("Kuka tekee").fill("Föräldrarna");
    await page.getByLabel("Yhteydenottotapa perheeseen").fill("Åsa ringer mamma varannan tisdag.");
    await page.getByLabel("Miten perhe voi olla yhteydessä työntekijään").fill("Familjen ringer vardagar kl. 8–16.");
    await fillDateTime(page, "Seuraavan yhteydenoton aika", localDateTime(14));
    await expect(page.locator(".plan-save-status")).toContainText(/Tallennettu klo \d{2}\.\d{2}\.\d{2}/, { timeout: 15_000 });
    const responsible = page.getByRole("region", { name: "Vastuutyöntekijä", exact: true });
    await responsible.getByLabel(new RegExp(s.psychologist.name)).check();
    await responsible.getByLabel("Perhe on itse nimennyt vastuutyöntekijän").check();
    await responsible.getByRole("button", { name: "Tallenna vastuutyöntekijä" }).click();
    await expect(responsible.getByRole("status").filter({ hasText: "Vastuutyöntekijä on tallennettu." })).toBeVisible();
    // Autosave has kept up with the last field before leaving the page.
    await expect(page.locator(".plan-save-status")).toContainText(/Tallennettu klo/, { timeout: 15_000 });
    await page.goto(s.meetingUrl);
    await expect(page.getByText(`Perheen nimeämä: ${s.psychologist.name}`)).toBeVisible();

    // Feedback: a link for the parent, as QR code and short link.
    await page.getByRole("link", { name: "Kerää palaute" }).click();
    await page.getByRole("button", { name: "Luo palautelinkki vanhemmalle" }).click();
    await expect(page.getByRole("img", { name: /\/p\/[0-9A-Z]{10}/ })).toBeVisible();
    await expectAccessible(page);
    await backToMeeting(page, s.meetingUrl);

    // Complete: the plan is published, the meeting held, the family in follow-up.
    await page.getByRole("button", { name: "Päätä tapaaminen ja julkaise suunnitelma" }).click();
    await page.getByRole("button", { name: "Kyllä, päätä tapaaminen" }).click();
    await expect(page.getByText(/Tapaaminen päätettiin .* Yhteinen suunnitelma on julkaistu \(versio 1\)\./)).toBeVisible();
    await expectAccessible(page);
    expect(await db.jointMeeting.findUniqueOrThrow({ where: { id: s.meeting.id } })).toMatchObject({ status: "HELD" });
    expect(await db.collaboration.findUniqueOrThrow({ where: { id: s.family.id } })).toMatchObject({ status: "PLAN_ACTIVE" });
    expect(await db.jointPlanVersion.findFirstOrThrow({ where: { plan: { collaborationId: s.family.id } } })).toMatchObject({ versionNumber: 1, meetingId: s.meeting.id });

    // The printed plan, in the family's language: Chromium's print-to-PDF of the print view.
    await page.getByRole("link", { name: "Tulosta suunnitelma perheelle" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Gemensam plan" })).toBeVisible();
    await expectAccessible(page);
    await page.emulateMedia({ media: "print" });
    const printed = await pdfText(await page.pdf({ format: "A4", preferCSSPageSize: true }));
    const expected = ["Gemensam plan", s.psychologist.name, "Kvällarna drar ut på tiden och morgnarna är bråkiga.", "Samma läggdags varje kväll", "Åsa ringer mamma varannan tisdag.", "Nästa kontakt"];
    for (const text of expected) expect(printed).toContain(text);
    // Nothing the family did not agree to: not the star, not the introduction round.
    for (const absent of ["Tycker om att rita.", "Greta Lindqvist", "Lapsen vahvuudet"]) expect(printed).not.toContain(absent);
    await page.emulateMedia({ media: "screen" });

    // The same content as a PDF made on the server.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Lataa PDF" }).click()]);
    const downloaded = await pdfText(await readFile((await download.path())!));
    for (const text of expected) expect(downloaded).toContain(text);
    expect(downloaded).not.toContain("Tycker om att rita.");

    // The responsible worker the family named sees the family on their own page.
    const ctx = await browser.newContext();
    const worker = await ctx.newPage();
    await signIn(worker, s.psychologist.email);
    await worker.goto("/families");
    const row = worker.getByRole("row", { name: new RegExp(s.lastName) });
    await expect(row).toContainText("Vastuutyöntekijä");
    await expect(row).toContainText("Seuranta: yhteisen suunnitelman mukainen toiminta");
    await expectAccessible(worker);
    await ctx.close();
  });

  test("the meeting view is the chair's: an invited professional and a stranger get 404", async ({ page, db }) => {
    const s = await scenario(db);
    const stranger = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: s.org.unit.id });
    for (const user of [s.psychologist, stranger]) {
      await signIn(page, user.email);
      const response = await page.goto(s.meetingUrl);
      expect(response?.status()).toBe(404);
      await page.context().clearCookies();
    }
  });
});
