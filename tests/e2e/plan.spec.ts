// Yhteinen suunnitelma (issue 4, items 3–4): the plan form autosaves ("Tallennettu klo HH.mm.ss")
// and keeps the text across a reload; a second editor sees the soft lock, a stale save gets the
// conflict message with the text kept; a signed-out session never loses typed text; the family's
// responsible worker is named by the chair; publishing makes immutable versions with a history.
// Mouse and keyboard alone, axe in every state. (Drafted with the feature; see the report if unrun.)
import type { BrowserContext, Locator, Page } from "@playwright/test";
import { test, expect, signIn, expectAccessible } from "./fixtures.ts";
import { startAtTop, tabTo } from "./keyboard.ts";
import { buildCollaboration, buildOrganisation, buildUser, FIXTURE_PASSWORD } from "../fixtures/builders.ts";
import type { Db } from "../../lib/db/create-client.ts";
import { dateTimeParts, fiDate, fillDateTime } from "./dates.ts";

const THINGS = "Konkreettiset asiat lapsen/perheen arjessa, joihin tarvitaan muutoksia/ratkaisuja";

/** A frontline worker's family with two invited team members (the family can name one of them). */
async function scenario(db: Db) {
  const org = await buildOrganisation(db);
  const worker = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id, name: `Liisa Lähinen ${Math.random().toString(36).slice(2, 6)}` });
  const psychologist = await buildUser(db, { roles: ["TEAM_MEMBER"], name: `Pekka Psykologi ${Math.random().toString(36).slice(2, 6)}` });
  const familyWorker = await buildUser(db, { roles: ["TEAM_MEMBER"], name: `Pirjo Perhetyöntekijä ${Math.random().toString(36).slice(2, 6)}` });
  const family = await buildCollaboration(db, worker, { id: org.area.id, municipalityId: org.municipality.id });
  await db.collaborationMember.createMany({
    data: [
      { collaborationId: family.id, userId: psychologist.id, role: "INVITED" },
      { collaborationId: family.id, userId: familyWorker.id, role: "INVITED" },
    ],
  });
  return { org, worker, psychologist, familyWorker, family, planUrl: `/families/${family.id}/plan` };
}

/** The responsible worker, as the chair's form records it (built directly for tests that start later). */
async function nameResponsible(db: Db, collaborationId: string, userId: string, assignedById: string) {
  await db.responsibleWorker.create({ data: { collaborationId, userId, slot: 1, assignedById } });
  await db.collaborationMember.upsert({
    where: { collaborationId_userId_role: { collaborationId, userId, role: "RESPONSIBLE" } },
    create: { collaborationId, userId, role: "RESPONSIBLE" },
    update: { removedAt: null },
  });
}

/** A Helsinki wall-clock time `days` from now, as `<input type="datetime-local">` holds it. */
function localDateTime(days: number, hour = 10) {
  const d = new Date(Date.now() + days * 86_400_000);
  const date = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Helsinki", year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
  return `${date}T${String(hour).padStart(2, "0")}:00`;
}

const saveStatus = (page: Page) => page.locator(".plan-save-status");
const region = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

async function expectSaved(page: Page) {
  await expect(saveStatus(page)).toContainText(/Tallennettu klo \d{2}\.\d{2}\.\d{2}/, { timeout: 15_000 });
}

async function signInAs(browserContext: BrowserContext, email: string) {
  const p = await browserContext.newPage();
  await signIn(p, email);
  return p;
}

test.describe("yhteinen suunnitelma", () => {
  test.slow();

  test("autosaves while typing, shows the time, and a reload keeps the text and the actions", async ({ page, db }) => {
    const s = await scenario(db);
    await signIn(page, s.worker.email);
    await page.goto(s.planUrl);
    await expect(page.getByRole("heading", { level: 1, name: "Yhteinen suunnitelma" })).toBeVisible();
    await expect(saveStatus(page)).toContainText("Luonnosta ei ole vielä tallennettu.");
    await expectAccessible(page);

    await page.getByRole("textbox", { name: THINGS }).fill("Illat venyvät ja aamut ovat riitaisia.");
    await expectSaved(page);

    await page.getByRole("button", { name: "Lisää toimenpide muualla" }).click();
    const elsewhere = region(page, "c) muualla, missä?");
    await expect(elsewhere.getByLabel("Toimenpide", { exact: true })).toBeFocused();
    await elsewhere.getByLabel("Toimenpide", { exact: true }).fill("Perheneuvolan vanhempainryhmä");
    await elsewhere.getByLabel("Kuka tekee").fill("Isä");
    await elsewhere.getByLabel("Muualla — missä?").fill("Perheneuvola");
    await expect(region(page, "a) kotona").getByLabel("Muualla — missä?")).toHaveCount(0);
    await expect.poll(() => db.planAction.count({ where: { plan: { collaborationId: s.family.id }, place: "Perheneuvola" } }), { timeout: 15_000 }).toBe(1);
    await expectSaved(page);
    await expectAccessible(page);

    await page.reload();
    await expect(page.getByRole("textbox", { name: THINGS })).toHaveValue("Illat venyvät ja aamut ovat riitaisia.");
    await expect(region(page, "c) muualla, missä?").getByLabel("Muualla — missä?")).toHaveValue("Perheneuvola");
    await expectSaved(page);

    // Removing a row is a named button, and focus returns to the add button of the same list.
    await region(page, "c) muualla, missä?").getByRole("button", { name: "Poista toimenpide 1 muualla" }).click();
    await expect(page.getByRole("button", { name: "Lisää toimenpide muualla" })).toBeFocused();
    await expect.poll(() => db.planAction.count({ where: { plan: { collaborationId: s.family.id } } }), { timeout: 15_000 }).toBe(0);
  });

  test("bad input gets a translated error next to the field and the text is kept; publishing makes version 1, later edits version 2", async ({ page, db }) => {
    const s = await scenario(db);
    await signIn(page, s.worker.email);
    await page.goto(s.planUrl);

    // An empty plan cannot be published: every missing part is named, nothing is published.
    await page.getByRole("button", { name: "Julkaise suunnitelma" }).click();
    await expect(page.locator("#thingsNeedingChange-error")).toHaveText("Tämä tieto on pakollinen.");
    await expect(page.locator("#actions-error")).toHaveText("Lisää vähintään yksi toimenpide.");
    await expect(page.locator("#responsibleWorkers-error")).toHaveText("Kirjaa vastuutyöntekijä, jonka perhe on valinnut.");
    await expect(page.locator("#nextContactAt-error")).toHaveText("Tämä tieto on pakollinen.");
    await expect(page.getByRole("textbox", { name: THINGS })).toBeFocused();
    await expectAccessible(page);

    // Over-long text: the autosave refuses it with the limit, and the text stays.
    const long = "a".repeat(4001);
    await page.getByRole("textbox", { name: THINGS }).fill(long);
    await expect(page.locator("#thingsNeedingChange-error")).toHaveText("Teksti on liian pitkä (enintään 4000 merkkiä).", { timeout: 15_000 });
    await expect(saveStatus(page)).toContainText("Luonnosta ei tallennettu");
    await expect(page.getByRole("textbox", { name: THINGS })).toHaveValue(long);
    await expectAccessible(page);
    await page.getByRole("textbox", { name: THINGS }).fill("Illat venyvät ja aamut ovat riitaisia.");
    await expectSaved(page);

    // The responsible worker: three is too many, and the family must have named them.
    const responsible = region(page, "Vastuutyöntekijä");
    await responsible.getByLabel(new RegExp(s.worker.name)).check();
    await responsible.getByLabel(new RegExp(s.psychologist.name)).check();
    await responsible.getByLabel(new RegExp(s.familyWorker.name)).check();
    await responsible.getByRole("button", { name: "Tallenna vastuutyöntekijä" }).click();
    await expect(page.locator("#responsible-userIds-error")).toHaveText("Vastuutyöntekijöitä voi olla enintään kaksi.");
    await expect(page.locator("#responsible-namedByFamily-error")).toHaveText("Vahvista, että perhe itse valitsi vastuutyöntekijän.");
    await expect(responsible.getByLabel(new RegExp(s.familyWorker.name))).toBeChecked();
    await expectAccessible(page);
    await responsible.getByLabel(new RegExp(s.worker.name)).uncheck();
    await responsible.getByLabel(new RegExp(s.familyWorker.name)).uncheck();
    await responsible.getByLabel("Perhe on itse nimennyt vastuutyöntekijän").check();
    await responsible.getByLabel("Mitä perheen kanssa sovittiin (vapaaehtoinen)").fill("Perhe valitsi psykologin.");
    await responsible.getByRole("button", { name: "Tallenna vastuutyöntekijä" }).click();
    await expect(responsible.getByRole("status").filter({ hasText: "Vastuutyöntekijä on tallennettu." })).toBeVisible();
    await expect(responsible.getByRole("listitem").filter({ hasText: s.psychologist.name })).toBeVisible();

    // The rest of the plan; a next contact in the past is refused by the server, the text kept.
    await page.getByRole("button", { name: "Lisää toimenpide kotona" }).click();
    const home = region(page, "a) kotona");
    await home.getByLabel("Toimenpide", { exact: true }).fill("Iltarutiini: sama nukkumaanmenoaika joka ilta");
    await home.getByLabel("Kuka tekee").fill("Vanhemmat");
    await page.getByLabel("Yhteydenottotapa perheeseen").fill("Soitan isälle kahden viikon välein.");
    await page.getByLabel("Miten perhe voi olla yhteydessä työntekijään").fill("Perhe soittaa arkisin klo 8–16.");
    await fillDateTime(page, "Seuraavan yhteydenoton aika", "2020-01-07T10:00");
    await page.getByRole("button", { name: "Julkaise suunnitelma" }).click();
    await expect(page.locator("#nextContactAt-error")).toHaveText("Aika on jo mennyt. Valitse tuleva aika.");
    await expect(page.getByLabel("Yhteydenottotapa perheeseen")).toHaveValue("Soitan isälle kahden viikon välein.");
    await expectAccessible(page);
    expect(await db.jointPlanVersion.count({ where: { plan: { collaborationId: s.family.id } } })).toBe(0);

    await fillDateTime(page, "Seuraavan yhteydenoton aika", localDateTime(14));
    await page.getByRole("button", { name: "Julkaise suunnitelma" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Suunnitelma on julkaistu (versio 1)." })).toBeVisible();
    await expect(page.getByText("Suunnitelmasta on julkaistu 1 versio.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Tulostettava suunnitelma" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Lataa PDF" })).toBeVisible();

    // A later edit is published as version 2; version 1 stays as it was.
    await page.getByRole("textbox", { name: THINGS }).fill("Aamut sujuvat, illat vielä vaikeita.");
    await expectSaved(page);
    await page.getByRole("button", { name: "Julkaise suunnitelma" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Suunnitelma on julkaistu (versio 2)." })).toBeVisible();

    await page.getByRole("link", { name: "Versiohistoria" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Suunnitelman versiohistoria" })).toBeVisible();
    await expect(page.getByRole("row")).toHaveCount(3);
    await expect(page.getByRole("row").nth(1)).toContainText("Versio 2");
    await expect(page.getByRole("row").nth(1)).toContainText(s.worker.name);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Versio 1", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Suunnitelman versio 1" })).toBeVisible();
    await expect(page.getByText("Tämä ei ole uusin versio.")).toBeVisible();
    await expect(page.getByText("Illat venyvät ja aamut ovat riitaisia.")).toBeVisible();
    await expect(page.getByText(s.psychologist.name)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Näytä uusin versio (2)" }).click();
    await expect(page.getByText("Aamut sujuvat, illat vielä vaikeita.")).toBeVisible();
    await expect(page.getByText("Tämä ei ole uusin versio.")).toHaveCount(0);
  });

  test("a second editor sees who holds the lock, read-only; the responsible worker takes over when it is free", async ({ page, db, browser }) => {
    const s = await scenario(db);
    await nameResponsible(db, s.family.id, s.psychologist.id, s.worker.id);
    await signIn(page, s.worker.email);
    await page.goto(s.planUrl);
    await page.getByRole("textbox", { name: THINGS }).fill("Puheenjohtajan teksti");
    await expectSaved(page);

    const context = await browser.newContext();
    const other = await signInAs(context, s.psychologist.email);
    await other.goto(s.planUrl);
    await expect(other.getByRole("alert").filter({ hasText: "muokkaa suunnitelmaa" })).toContainText(new RegExp(`${s.worker.name} muokkaa suunnitelmaa klo \\d{1,2}\\.\\d{2} asti`));
    await expect(other.getByRole("textbox", { name: THINGS })).toBeDisabled();
    await expect(other.getByRole("textbox", { name: THINGS })).toHaveValue("Puheenjohtajan teksti");
    await expect(other.getByRole("button", { name: "Julkaise suunnitelma" })).toBeDisabled();
    await expectAccessible(other);

    // Still held: trying again says so. Once the chair leaves the plan, the lock is given up.
    await other.getByRole("button", { name: "Yritä muokkausta uudelleen" }).click();
    await expect(other.getByRole("textbox", { name: THINGS })).toBeDisabled();
    await page.getByRole("link", { name: "Takaisin perheen yhteistyöhön" }).click();
    await page.waitForURL((url) => url.pathname === `/families/${s.family.id}`);
    await expect.poll(async () => (await db.jointPlan.findUniqueOrThrow({ where: { collaborationId: s.family.id } })).lockedById, { timeout: 15_000 }).toBeNull();
    await other.getByRole("button", { name: "Yritä muokkausta uudelleen" }).click();
    await expect(other.getByRole("textbox", { name: THINGS })).toBeEnabled();
    await other.getByRole("textbox", { name: THINGS }).fill("Vastuutyöntekijän tarkennus");
    await expectSaved(other);
    await context.close();
  });

  test("a stale save gets the conflict message, the text is kept, and the latest version can be loaded", async ({ page, db, browser }) => {
    const s = await scenario(db);
    await signIn(page, s.worker.email);
    const context = await browser.newContext();
    const second = await signInAs(context, s.worker.email);
    // Both open the plan before either has saved.
    await page.goto(s.planUrl);
    await second.goto(s.planUrl);

    await page.getByRole("textbox", { name: THINGS }).fill("Ensimmäisen ikkunan teksti");
    await expectSaved(page);
    await second.getByRole("textbox", { name: THINGS }).fill("Toisen ikkunan teksti");
    const alert = second.getByRole("alert").filter({ hasText: "Joku muu tallensi suunnitelman sillä välin." });
    await expect(alert).toBeVisible({ timeout: 15_000 });
    await expect(second.getByRole("textbox", { name: THINGS })).toHaveValue("Toisen ikkunan teksti");
    await expect(alert).toContainText("Kopioi oma tekstisi talteen");
    await expectAccessible(second);
    // Never an overwrite.
    expect((await db.jointPlan.findUniqueOrThrow({ where: { collaborationId: s.family.id } })).thingsNeedingChange).toBe("Ensimmäisen ikkunan teksti");

    await alert.getByRole("button", { name: "Lataa uusin versio" }).click();
    await expect(second.getByRole("textbox", { name: THINGS })).toHaveValue("Ensimmäisen ikkunan teksti");
    await expect(second.getByRole("status").filter({ hasText: "Uusin versio on ladattu." })).toBeVisible();
    await second.getByRole("textbox", { name: THINGS }).fill("Ensimmäisen ikkunan teksti ja lisäys");
    await expectSaved(second);
    await context.close();
  });

  test("a session that ended never loses the text: sign in again, come back, restore", async ({ page, db, context }) => {
    const s = await scenario(db);
    await signIn(page, s.worker.email);
    await page.goto(s.planUrl);
    await page.getByRole("textbox", { name: THINGS }).fill("Tallennettu ennen katkosta");
    await expectSaved(page);

    await context.clearCookies();
    await page.getByRole("textbox", { name: THINGS }).fill("Kirjoitettu istunnon päätyttyä");
    const alert = page.getByRole("alert").filter({ hasText: "Istuntosi on päättynyt" });
    await expect(alert).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole("textbox", { name: THINGS })).toHaveValue("Kirjoitettu istunnon päätyttyä");
    await expectAccessible(page);

    await alert.getByRole("link", { name: "Kirjaudu uudelleen" }).click();
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await page.getByLabel("Sähköpostiosoite").fill(s.worker.email);
    await page.getByLabel("Salasana").fill(FIXTURE_PASSWORD);
    await page.getByRole("button", { name: "Kirjaudu", exact: true }).click();
    await page.waitForURL((url) => url.pathname === s.planUrl);
    await expect(page.getByRole("textbox", { name: THINGS })).toHaveValue("Tallennettu ennen katkosta");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Palauta tallentamattomat muutokset" }).click();
    await expect(page.getByRole("textbox", { name: THINGS })).toHaveValue("Kirjoitettu istunnon päätyttyä");
    await expectSaved(page);
    expect((await db.jointPlan.findUniqueOrThrow({ where: { collaborationId: s.family.id } })).thingsNeedingChange).toBe("Kirjoitettu istunnon päätyttyä");
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("yhteinen-aika:plan-draft:")))).toEqual([]);

    // A sign-in link pointing elsewhere is ignored: the user lands on their own page.
    await context.clearCookies();
    await page.goto("/login?callbackUrl=//evil.example/x");
    await page.getByLabel("Sähköpostiosoite").fill(s.worker.email);
    await page.getByLabel("Salasana").fill(FIXTURE_PASSWORD);
    await page.getByRole("button", { name: "Kirjaudu", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/families");
  });

  test("the whole plan by keyboard alone", async ({ page, db }) => {
    const s = await scenario(db);
    await signIn(page, s.worker.email);
    await page.goto(s.planUrl);
    await startAtTop(page);

    await tabTo(page, page.getByRole("textbox", { name: THINGS }));
    await page.keyboard.type("Illat venyvät.");
    await tabTo(page, page.getByRole("button", { name: "Lisää toimenpide kotona" }));
    await page.keyboard.press("Enter");
    const home = region(page, "a) kotona");
    await expect(home.getByLabel("Toimenpide", { exact: true })).toBeFocused();
    await page.keyboard.type("Iltarutiini");
    await page.keyboard.press("Tab");
    await expect(home.getByLabel("Kuka tekee")).toBeFocused();
    await page.keyboard.type("Vanhemmat");
    await tabTo(page, page.getByLabel("Yhteydenottotapa perheeseen"));
    await page.keyboard.type("Puhelimella joka toinen viikko.");
    await tabTo(page, page.getByLabel("Miten perhe voi olla yhteydessä työntekijään"));
    await page.keyboard.type("Tekstiviestillä.");

    const responsible = region(page, "Vastuutyöntekijä");
    await tabTo(page, responsible.getByLabel(new RegExp(s.psychologist.name)));
    await page.keyboard.press("Space");
    await tabTo(page, responsible.getByLabel("Perhe on itse nimennyt vastuutyöntekijän"));
    await page.keyboard.press("Space");
    await tabTo(page, responsible.getByRole("button", { name: "Tallenna vastuutyöntekijä" }));
    await page.keyboard.press("Enter");
    await expect(responsible.getByRole("status").filter({ hasText: "Vastuutyöntekijä on tallennettu." })).toBeVisible();

    // By keyboard, in the page's format (a native datetime-local would follow the browser's en-US
    // locale here: mm/dd/yyyy and a.m./p.m.): the day, past the calendar button, then the time.
    const when = localDateTime(21);
    const next = dateTimeParts(page, "Seuraavan yhteydenoton aika");
    await tabTo(page, next.day);
    await page.keyboard.type(fiDate(when.split("T")[0]!));
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(next.time).toBeFocused();
    await page.keyboard.type("10.00");
    await expect(next.day).toHaveValue(fiDate(when.split("T")[0]!));
    await expect(next.time).toHaveValue("10.00");
    await tabTo(page, page.getByRole("button", { name: "Julkaise suunnitelma" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "Suunnitelma on julkaistu (versio 1)." })).toBeVisible();
    const version = await db.jointPlanVersion.findFirstOrThrow({ where: { plan: { collaborationId: s.family.id } } });
    expect(version.snapshot).toMatchObject({ thingsNeedingChange: "Illat venyvät.", actions: [{ setting: "HOME", description: "Iltarutiini", who: "Vanhemmat" }] });
  });

  test("others who take part read the published plan; strangers get 404 for the plan and its history", async ({ page, db, browser }) => {
    const s = await scenario(db);
    await signIn(page, s.psychologist.email);
    await page.goto(s.planUrl);
    await expect(page.getByText("Suunnitelmaa ei ole vielä julkaistu.")).toBeVisible();
    await expect(page.getByRole("textbox", { name: THINGS })).toHaveCount(0);
    await expectAccessible(page);

    const stranger = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: s.org.unit.id });
    const context = await browser.newContext();
    const strangerPage = await signInAs(context, stranger.email);
    expect((await strangerPage.goto(s.planUrl))?.status()).toBe(404);
    expect((await strangerPage.goto(`${s.planUrl}/versions`))?.status()).toBe(404);
    expect((await strangerPage.goto(`${s.planUrl}/versions/1`))?.status()).toBe(404);
    await context.close();
  });
});
