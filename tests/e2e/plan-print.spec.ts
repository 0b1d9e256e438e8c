// The joint plan printed for the family (seed 001: "Lähityöntekijä kirjaa ja tulostaa yhteisen
// suunnitelman asiakkaalle"): the print view in the family's language with no app chrome, what
// Chromium actually prints (print emulation → page.pdf), the server-rendered PDF download, each read
// in the use log, and a 404 for anyone outside the plan's readers.
import { readFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { extractText, getDocumentProxy } from "unpdf";
import { test, expect, signIn, expectAccessible } from "./fixtures.ts";
import { buildCollaboration, buildOrganisation, buildUser } from "../fixtures/builders.ts";
import type { Db } from "../../lib/db/create-client.ts";
import { runSecureAction } from "../../lib/actions/secure-action.ts";
import { flatten, pdfStructure } from "../support/pdf-read.ts";
import { nameResponsibleWorkersAction, publishPlanAction } from "../../lib/plans/actions.ts";

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

/** A Swedish-speaking family whose published plan names Åsa Öberg responsible; the chair works in Finnish. */
async function scenario(db: Db) {
  const org = await buildOrganisation(db);
  const worker = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
  const psychologist = await buildUser(db, { roles: ["TEAM_MEMBER"], unitId: org.unit.id, name: "Åsa Öberg" });
  const stranger = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
  const family = await buildCollaboration(db, worker, { id: org.area.id, municipalityId: org.municipality.id });
  await db.family.update({ where: { id: family.familyId }, data: { language: "sv" } });
  await db.collaboration.update({ where: { id: family.id }, data: { concernZone: "GREAT" } });
  const chair = { db, user: { id: worker.id, name: worker.name, email: worker.email, roles: worker.roles, locale: worker.locale } };
  const named = await runSecureAction(nameResponsibleWorkersAction, chair, { collaborationId: family.id, userIds: [psychologist.id], namedByFamily: true, familyAgreement: "" });
  if (!named.ok) throw new Error(JSON.stringify(named));
  const published = await runSecureAction(publishPlanAction, chair, {
    collaborationId: family.id,
    version: 0,
    thingsNeedingChange: "Kvällarna drar ut på tiden och morgnarna är bråkiga.",
    actions: [
      { actionId: randomUUID(), setting: "HOME", description: "Samma läggdags varje kväll", who: "Föräldrarna", dueDate: "", place: "" },
      { actionId: randomUUID(), setting: "ELSEWHERE", description: "Föräldragrupp på familjerådgivningen", who: "Pappa", dueDate: "2030-03-31", place: "Familjerådgivningen, Kuopio" },
    ],
    followUpWorkerToFamily: "Åsa ringer mamma varannan tisdag.",
    followUpFamilyToWorker: "Familjen ringer vardagar kl. 8–16.",
    nextContactAt: "2030-03-05T09:05",
  });
  if (!published.ok) throw new Error(JSON.stringify(published));
  return { org, worker, psychologist, stranger, family };
}

const PRINTED = [
  "Gemensam plan",
  "Er kontaktperson (ansvarig arbetstagare)",
  "Åsa Öberg",
  "Nästa kontakt",
  "5.3.2030 kl. 9.05",
  "Vad i vardagen behöver förändras",
  "Kvällarna drar ut på tiden och morgnarna är bråkiga.",
  "Hemma",
  "Samma läggdags varje kväll",
  "På annat håll",
  "Var: Familjerådgivningen, Kuopio",
  "Senast: 31.3.2030",
  "Så här kan ni kontakta arbetstagaren",
];

test.describe("the joint plan printed for the family", () => {
  test("prints in the family's language with no app chrome, downloads as a PDF, and logs each read", async ({ page, db }) => {
    const s = await scenario(db);
    await signIn(page, s.worker.email);
    await page.goto(`/families/${s.family.id}/plan/print`);
    await expect(page.getByRole("heading", { level: 1, name: "Gemensam plan" })).toBeVisible();
    await expect(page.locator("article[lang=sv]")).toContainText("Åsa Öberg");
    await expect(page.locator("article")).toContainText(s.psychologist.email);
    await expect(page.getByRole("banner")).toHaveCount(0); // no app header on the printed page
    const toolbar = page.getByRole("navigation", { name: "Tulostuksen toiminnot" });
    await expect(toolbar.getByRole("button", { name: "Tulosta" })).toBeVisible();
    await expect(toolbar.getByRole("link", { name: "Takaisin suunnitelmaan" })).toHaveAttribute("href", `/families/${s.family.id}/plan`);
    await expect(toolbar).toContainText("svenska");
    await expect(page.getByText("Stor oro")).toHaveCount(0);
    await expectAccessible(page);
    await expect.poll(() => db.auditEvent.count({ where: { action: "plan.read", collaborationId: s.family.id, actorId: s.worker.id } })).toBe(1);

    // What Chromium prints: the plan on A4, without the toolbar.
    await page.emulateMedia({ media: "print" });
    await expect(toolbar).toBeHidden();
    const printed = await pdfText(await page.pdf({ format: "A4", preferCSSPageSize: true }));
    for (const text of PRINTED) expect(printed).toContain(text);
    for (const absent of ["Tulosta", "Lataa PDF", "Stor oro", "Suuri huoli"]) expect(printed).not.toContain(absent);
    await page.emulateMedia({ media: "screen" });

    // The server-rendered PDF, through the link on the toolbar.
    const [download] = await Promise.all([page.waitForEvent("download"), toolbar.getByRole("link", { name: "Lataa PDF" }).click()]);
    expect(download.suggestedFilename()).toBe("gemensam-plan-v1.pdf");
    const downloadedBytes = await readFile((await download.path())!);
    const downloaded = await pdfText(downloadedBytes);
    for (const text of PRINTED) expect(downloaded).toContain(text);
    // Tagged, for a screen reader: the headings read back from the structure tree, in order.
    const structure = await pdfStructure(downloadedBytes);
    expect(structure.marked).toBe(true);
    const headings = flatten(structure.pages).filter((n) => /^H\d$/.test(n.role)).map((n) => n.text);
    expect(headings[0]).toBe("Gemensam plan");
    expect(headings).toEqual(expect.arrayContaining(["Nästa kontakt", "Vad i vardagen behöver förändras", "Hemma", "På annat håll"]));
    expect(headings.indexOf("Hemma")).toBeLessThan(headings.indexOf("På annat håll"));
    expect(downloaded).toMatch(/Sida 1\/\d/);
    expect(downloaded).not.toContain("Stor oro");
    // One use-log event per read: the print view and the download.
    await expect.poll(() => db.auditEvent.count({ where: { action: "plan.read", collaborationId: s.family.id, actorId: s.worker.id } })).toBe(2);

    const response = await page.request.get(`/families/${s.family.id}/plan/pdf?version=1`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["cache-control"]).toContain("no-store");
    expect(response.headers()["content-disposition"]).toBe('attachment; filename="gemensam-plan-v1.pdf"');
  });

  test("prints by keyboard: the print button and the PDF link are reachable with Tab", async ({ page, db }) => {
    const s = await scenario(db);
    await signIn(page, s.worker.email);
    await page.goto(`/families/${s.family.id}/plan/print`);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    const button = page.getByRole("button", { name: "Tulosta" });
    for (let i = 0; i < 10 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  test("is a 404 for a stranger, as the PDF; signed out goes to sign-in; nothing published yet is explained", async ({ page, db, browser }) => {
    const s = await scenario(db);
    await signIn(page, s.stranger.email);
    expect((await page.goto(`/families/${s.family.id}/plan/print`))?.status()).toBe(404);
    await expect(page.getByText("Åsa Öberg")).toHaveCount(0);
    expect((await page.request.get(`/families/${s.family.id}/plan/pdf`)).status()).toBe(404);
    expect((await page.request.get(`/families/${randomUUID()}/plan/pdf`)).status()).toBe(404);
    expect(await db.auditEvent.count({ where: { collaborationId: s.family.id, actorId: s.stranger.id } })).toBe(0);

    const anonymous = await browser.newContext();
    const signedOut = await anonymous.request.get(`/families/${s.family.id}/plan/pdf`, { maxRedirects: 0 });
    // proxy.ts sends the signed-out to sign in, and back to the PDF afterwards.
    expect(signedOut.status()).toBe(307);
    expect(signedOut.headers()["location"]).toBe(`/login?callbackUrl=${encodeURIComponent(`/families/${s.family.id}/plan/pdf`)}`);
    await anonymous.close();

    const empty = await buildCollaboration(db, s.worker, { id: s.org.area.id, municipalityId: s.org.municipality.id });
    const context = await browser.newContext();
    const workerPage = await context.newPage();
    await signIn(workerPage, s.worker.email);
    await workerPage.goto(`/families/${empty.id}/plan/print`);
    await expect(workerPage.getByRole("heading", { level: 1, name: "Suunnitelmaa ei ole vielä julkaistu" })).toBeVisible();
    await expect(workerPage.getByRole("link", { name: "Takaisin suunnitelmaan" })).toBeVisible();
    await expectAccessible(workerPage);
    await context.close();
  });
});
