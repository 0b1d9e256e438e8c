// Sähköinen yhteydenotto in the browser: a parent sends a request on a phone-sized screen in Swedish
// (after being told what was wrong, in Swedish, with what they typed kept), another sends one by
// keyboard alone; a guidance worker takes a request and starts a collaboration for a frontline
// worker, who then finds the family in their own list; a call is recorded in the phone form.
// axe-core checks every page and state visited.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, signIn, test } from "./fixtures.ts";
import { tabTo } from "./keyboard.ts";
import { buildOrganisation, buildUser } from "../fixtures/builders.ts";
import { generateReferenceCode } from "../../lib/contact/reference-code.ts";

const SV_INVALID_EMAIL = "Ange e-postadressen i formen namn@exempel.fi.";
const SV_INVALID_TEXT = "Texten innehåller tecken som inte kan sparas (t.ex. < eller >).";

async function servedMunicipality(db: Parameters<typeof buildOrganisation>[0]) {
  const suffix = randomUUID().slice(0, 8);
  const org = await buildOrganisation(db, { municipalityName: `Kunta ${suffix}` });
  await db.municipality.update({ where: { id: org.municipality.id }, data: { nameSv: `Kommun ${suffix}` } });
  const guide = await buildUser(db, { roles: ["GUIDANCE_WORKER"], unitId: org.unit.id, name: `Olli Ohjaaja ${suffix}` });
  return { ...org, guide, suffix };
}

test.describe("the public contact form", () => {
  test("a parent sends a request on a phone in Swedish; errors are in Swedish and keep what was typed", async ({ page, db }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const org = await servedMunicipality(db);
    await page.goto("/login");
    await expect(page.getByRole("link", { name: "Perheille: ota yhteyttä ohjaus- ja neuvontapalveluun" }).first()).toBeVisible();
    await page.getByRole("link", { name: "Perheille: ota yhteyttä ohjaus- ja neuvontapalveluun" }).first().click();
    await expect(page).toHaveURL(/\/contact$/);
    await expectAccessible(page);

    await page.getByLabel("Kieli").selectOption("sv");
    await page.getByRole("button", { name: "OK" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kontakta handlednings- och rådgivningstjänsten för barnfamiljer");
    await expect(page.getByText("Tjänsten är avgiftsfri och du behöver ingen remiss.")).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Kommun där din familj bor").selectOption({ label: `Kommun ${org.suffix}` });
    await page.getByLabel("Barnens åldrar").fill("3 och 8 år");
    const words = `Vi behöver hjälp med kvällarna <b>nu</b> ${org.suffix}`;
    await page.getByLabel("Vad önskar ni hjälp med?").fill(words);
    await page.getByLabel("E-postadress").fill("familjen(at)example");
    // No contact method, markup in the message, a malformed address, no acknowledgement.
    await page.getByRole("button", { name: "Skicka kontaktbegäran" }).click();
    await expect(page.locator(".alert")).toHaveText("Formuläret innehåller fel. Rätta de markerade fälten.");
    await expect(page.getByText("Välj om vi ska kontakta dig per telefon eller per e-post.")).toBeVisible();
    await expect(page.getByText(SV_INVALID_EMAIL)).toBeVisible();
    await expect(page.getByText(SV_INVALID_TEXT)).toBeVisible();
    await expect(page.getByText("Bekräfta att du har läst hur dina uppgifter behandlas.")).toBeVisible();
    await expect(page.getByLabel("Vad önskar ni hjälp med?")).toHaveValue(words);
    await expect(page.getByLabel("Barnens åldrar")).toHaveValue("3 och 8 år");
    await expectAccessible(page);
    expect(await db.contactRequest.count({ where: { municipalityId: org.municipality.id } })).toBe(0);

    await page.getByLabel("Vad önskar ni hjälp med?").fill(`Vi behöver hjälp med kvällarna ${org.suffix}`);
    await page.getByLabel("Per e-post").check();
    await page.getByLabel("E-postadress").fill("familjen@example.se");
    // The language of the page is preselected as the language to be served in.
    await expect(page.getByRole("radio", { name: "svenska" })).toBeChecked();
    await page.getByLabel("Jag behöver tolk").check();
    await page.getByLabel("Till vilket språk behöver du tolk? (frivilligt)").fill("arabiska");
    await page.getByLabel("Jag har läst hur mina uppgifter behandlas").check();
    await page.getByRole("button", { name: "Skicka kontaktbegäran" }).click();

    await expect(page).toHaveURL(/\/contact\/sent\?ref=YA-/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tack, din kontaktbegäran har skickats");
    const code = (await page.locator(".contact-reference-code").textContent())?.trim() ?? "";
    expect(code).toMatch(/^YA-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expectAccessible(page);

    const stored = await db.contactRequest.findUniqueOrThrow({ where: { referenceCode: code } });
    expect(stored).toMatchObject({ channel: "ELECTRONIC_CONTACT", status: "NEW", language: "sv", contactPreference: "EMAIL", email: "familjen@example.se", interpreterNeeded: true, interpreterLanguage: "arabiska" });
    const mail = await db.emailOutbox.findUniqueOrThrow({ where: { dedupeKey: `contact-confirmation:${code}` } });
    expect(mail.locale).toBe("sv");
    expect(mail.textBody).not.toContain(org.suffix);

    // The full privacy notice, also on the phone.
    await page.goto("/contact");
    await page.getByRole("link", { name: "Läs hela dataskyddsbeskrivningen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Dataskyddsbeskrivning");
    await expectAccessible(page);
  });

  test("the form can be filled and sent with the keyboard alone", async ({ page, db }) => {
    const org = await servedMunicipality(db);
    await page.goto("/contact");
    const municipality = page.getByLabel("Kunta, jossa perheesi asuu");
    await tabTo(page, municipality);
    await page.keyboard.type(`Kunta ${org.suffix}`);
    await expect(municipality).toHaveValue(org.municipality.id);
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Lasten iät")).toBeFocused();
    await page.keyboard.type("2 vuotta");
    await page.keyboard.press("Tab");
    await page.keyboard.type(`Näppäimistöllä lähetetty ${org.suffix}`);
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Puhelimitse")).toBeFocused();
    await page.keyboard.press("Space");
    await expect(page.getByLabel("Puhelimitse")).toBeChecked();
    await tabTo(page, page.getByLabel("Puhelinnumero"));
    await page.keyboard.type("040 765 4321");
    await tabTo(page, page.getByLabel("Olen lukenut, miten tietojani käsitellään"));
    await page.keyboard.press("Space");
    await tabTo(page, page.getByRole("button", { name: "Lähetä yhteydenottopyyntö" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/contact\/sent\?ref=YA-/);
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
    await expectAccessible(page);
    const stored = await db.contactRequest.findFirstOrThrow({ where: { municipalityId: org.municipality.id } });
    expect(stored).toMatchObject({ phone: "040 765 4321", childrenAges: "2 vuotta", language: "fi", contactPreference: "PHONE" });
  });
});

test.describe("the guidance service", () => {
  test("a guidance worker takes a request and starts a collaboration for a frontline worker, who then sees the family", async ({ page, db }) => {
    const org = await servedMunicipality(db);
    const frontline = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id, name: `Liisa Lähinen ${org.suffix}` });
    const words = `Toivomme tukea uhmaikään ${org.suffix}.`;
    const old = await db.contactRequest.create({
      data: { referenceCode: generateReferenceCode(), channel: "ELECTRONIC_CONTACT", municipalityId: org.municipality.id, childrenAges: "3 vuotta", message: words, contactPreference: "PHONE", phone: "040 111 2222", privacyAcknowledgedAt: new Date(), createdAt: new Date(Date.now() - 72 * 3_600_000) },
    });

    await signIn(page, org.guide.email);
    await page.goto("/guidance");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Yhteydenottopyynnöt");
    const row = page.getByRole("row", { name: new RegExp(old.referenceCode) });
    await expect(row).toContainText("Odottanut pitkään");
    await expect(row).toContainText("3 vuorokautta");
    await expectAccessible(page);

    await row.getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Yhteydenottopyyntö ${old.referenceCode}`);
    await expect(page.getByText(words).first()).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Ota työn alle" }).click();
    await expect(page.getByText("Pyyntö on sinun työn alla.")).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Etunimi").first().fill("Maija");
    await page.getByLabel("Sukunimi").fill("Mäkelä");
    await page.getByLabel("Etunimi").nth(1).fill("Eetu");
    await page.getByLabel("Syntymävuosi").fill("2022");
    await page.getByLabel("Yhteistyön lähityöntekijä (omistaja)").selectOption(frontline.id);
    await page.getByRole("button", { name: "Aloita yhteistyö" }).click();
    await expect(page.getByText("Yhteistyö on aloitettu.")).toBeVisible();
    await expect(page.getByText("Yhteistyö aloitettu")).toBeVisible();
    await expectAccessible(page);

    const c = await db.collaboration.findFirstOrThrow({ where: { familyWishes: words } });
    expect(c).toMatchObject({ entryRoute: "ELECTRONIC_CONTACT", ownerId: frontline.id });

    await page.context().clearCookies();
    await signIn(page, frontline.email);
    await page.goto("/families");
    const familyRow = page.getByRole("row", { name: /Mäkelä/ });
    await expect(familyRow).toContainText("Sähköinen yhteydenotto");
    await expectAccessible(page);
  });

  test("a call to the one phone number is recorded in the quick form", async ({ page, db }) => {
    const org = await servedMunicipality(db);
    await signIn(page, org.guide.email);
    await page.goto("/guidance");
    await page.getByRole("link", { name: "Kirjaa puhelu" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kirjaa puhelu yhteen puhelinnumeroon");
    await expectAccessible(page);
    await page.getByLabel("Lasten iät").fill("6 vuotta");
    await page.getByLabel("Missä asiassa toivoisitte apua?").fill(`Soittaja kysyi koulunkäynnistä ${org.suffix}`);
    await page.getByLabel("Puhelinnumero").fill("not a number");
    await page.getByLabel("Ohjattu toiseen palveluun").check();
    await page.getByRole("button", { name: "Tallenna puhelu" }).click();
    await expect(page.getByText("Anna puhelinnumero numeroina, esim. 040 123 4567.")).toBeVisible();
    await expect(page.getByText("Kirjaa, mihin palveluun perhe ohjattiin.")).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Puhelinnumero").fill("040 999 8888");
    await page.getByLabel("Mihin palveluun").fill("Perheneuvola");
    await page.getByRole("button", { name: "Tallenna puhelu" }).click();
    await expect(page.getByText(/Puhelu on kirjattu viitteellä YA-/)).toBeVisible();
    await expect(page.getByText("Ohjattu toiseen palveluun")).toBeVisible();
    await expectAccessible(page);
    const stored = await db.contactRequest.findFirstOrThrow({ where: { municipalityId: org.municipality.id } });
    expect(stored).toMatchObject({ channel: "PHONE", status: "CLOSED", outcome: "FORWARDED", forwardedTo: "Perheneuvola", takenById: org.guide.id });
  });
});
