// Users (issue 13) in the browser: an admin creates a worker by keyboard alone (a duplicate e-mail is
// refused next to the field with everything typed kept); the invitation link, read from the outbox,
// refuses a weak and a common password and then sets one, and the new worker signs in. Forgotten
// password: the same answer for an unknown address, a link for a known one. Expired and spent links
// explain what to do next. A broken CSV gets a row-by-row report, a non-UTF-8 one a field error. The
// admin deactivates a worker who then shows up as waiting for a new responsible worker. Every page
// and state passes axe; a non-admin gets 404 on every admin page.
import type { Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { test, expect, signIn, expectAccessible } from "./fixtures.ts";
import { startAtTop, tabTo } from "./keyboard.ts";
import { buildCollaboration, buildOrganisation, buildUser } from "../fixtures/builders.ts";
import { hashAccountToken } from "../../lib/auth/account-token.ts";
import type { Db } from "../../lib/db/create-client.ts";

const unique = () => randomBytes(4).toString("hex");

/** The set-password path in the newest mail to `email`. */
async function linkFromOutbox(db: Db, email: string): Promise<string> {
  await expect.poll(async () => db.emailOutbox.count({ where: { toAddress: email } })).toBeGreaterThan(0);
  const mail = await db.emailOutbox.findFirstOrThrow({ where: { toAddress: email }, orderBy: { createdAt: "desc" } });
  const path = /\/account\/set-password\/[A-Za-z0-9_-]{43}/.exec(mail.textBody)?.[0];
  expect(path).toBeTruthy();
  return path!;
}

async function typeInto(page: Page, label: string, text: string) {
  const field = page.getByLabel(label, { exact: true });
  await tabTo(page, field);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(text);
}

async function choosePassword(page: Page, password: string) {
  await page.getByLabel("Uusi salasana", { exact: true }).fill(password);
  await page.getByLabel("Uusi salasana uudelleen", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Tallenna salasana" }).click();
}

test.describe("users", () => {
  test.slow();

  test("an admin creates a worker by keyboard alone; the invitation link sets a password and the worker signs in", async ({ page, db }) => {
    const org = await buildOrganisation(db);
    const admin = await buildUser(db, { roles: ["ADMIN"], unitId: org.unit.id });
    const existing = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
    const email = `uusi-${unique()}@kunta.example`;
    await signIn(page, admin.email);

    await page.goto(`/admin/users?q=${encodeURIComponent(existing.email)}`);
    await expect(page.getByRole("heading", { level: 1, name: "Käyttäjät" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "1 käyttäjä" })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(existing.email) })).toBeVisible();
    await expectAccessible(page);

    await page.goto("/admin/users/new");
    await expect(page.getByRole("heading", { level: 1, name: "Uusi käyttäjä" })).toBeVisible();
    await expectAccessible(page);
    await startAtTop(page);
    await typeInto(page, "Nimi", "Sanna Uusitalo");
    await typeInto(page, "Sähköpostiosoite", existing.email);
    await typeInto(page, "Nimike", "perhetyöntekijä");
    await tabTo(page, page.getByLabel("Asiointikieli"));
    await page.keyboard.press("ArrowDown");
    await expect(page.getByLabel("Asiointikieli")).toHaveValue("sv");
    await tabTo(page, page.getByRole("checkbox", { name: "Lähityöntekijä" }));
    await page.keyboard.press("Space");
    await tabTo(page, page.getByRole("button", { name: "Luo käyttäjä ja lähetä kutsu" }));
    await page.keyboard.press("Enter");

    // The duplicate is refused next to the field, focus goes there, and everything typed stays.
    const emailField = page.getByLabel("Sähköpostiosoite", { exact: true });
    await expect(page.locator("#user-email-error")).toHaveText("Tällä sähköpostiosoitteella on jo käyttäjä.");
    await expect(emailField).toBeFocused();
    await expect(emailField).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Nimi", { exact: true })).toHaveValue("Sanna Uusitalo");
    await expect(page.getByRole("checkbox", { name: "Lähityöntekijä" })).toBeChecked();
    await expectAccessible(page);

    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(email);
    await tabTo(page, page.getByRole("button", { name: "Luo käyttäjä ja lähetä kutsu" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "Käyttäjä on luotu ja kutsu lähetetty." })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Sanna Uusitalo" })).toBeVisible();
    await expect(page.getByText(/Kutsulinkki on voimassa .* asti\./)).toBeVisible();
    await expectAccessible(page);

    // The invitation is in Swedish, the worker's language; its link opens the password page.
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { toAddress: email } });
    expect(mail.subject).toBe("Inbjudan till tjänsten Yhteinen aika");
    const link = await linkFromOutbox(db, email);
    await page.context().clearCookies();
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "Valitse salasana" })).toBeVisible();
    await expectAccessible(page);

    await choosePassword(page, "lyhyt-1");
    await expect(page.locator("#password-error")).toHaveText("Salasanassa pitää olla vähintään 12 merkkiä.");
    await expect(page.getByLabel("Uusi salasana", { exact: true })).toHaveValue("lyhyt-1");
    await expectAccessible(page);
    await choosePassword(page, "salasana2026!");
    await expect(page.locator("#password-error")).toHaveText(/Tämä salasana on yleisesti käytetty/);

    await choosePassword(page, "Kevät-aamu-kahvilla-42");
    await expect(page).toHaveURL(/\/login\?passwordSet=1$/);
    await expect(page.getByRole("status")).toHaveText("Salasana on tallennettu. Kirjaudu sisään uudella salasanallasi.");
    await expectAccessible(page);
    await signIn(page, email, "Kevät-aamu-kahvilla-42");
    await expect(page).toHaveURL(/\/families$/);

    // The spent link now explains itself (to someone signed out: the worker's own pages are in Swedish).
    await page.context().clearCookies();
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "Linkki on jo käytetty" })).toBeVisible();
    await expectAccessible(page);
  });

  test("a forgotten password: the same answer for an unknown address, a working link for a known one; an expired link explains what to do", async ({ page, db }) => {
    const user = await buildUser(db, { roles: ["FRONTLINE_WORKER"] });
    await page.goto("/login");
    await page.getByRole("link", { name: "Unohditko salasanasi?" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Unohditko salasanasi?" })).toBeVisible();
    await expectAccessible(page);

    const sent = "Jos osoitteella on käyttäjätunnus, lähetimme siihen linkin salasanan vaihtamiseen.";
    const unknown = `ei-ole-${unique()}@kunta.example`;
    await page.getByLabel("Sähköpostiosoite").fill(unknown);
    await page.getByRole("button", { name: "Lähetä linkki" }).click();
    await expect(page.getByRole("status")).toContainText(sent);
    expect(await db.emailOutbox.count({ where: { toAddress: unknown } })).toBe(0);
    await expectAccessible(page);

    await page.getByLabel("Sähköpostiosoite").fill("ei osoite");
    await page.getByRole("button", { name: "Lähetä linkki" }).click();
    await expect(page.locator("#email-error")).toHaveText("Anna sähköpostiosoite muodossa nimi@esimerkki.fi.");
    await expectAccessible(page);

    await page.getByLabel("Sähköpostiosoite").fill(user.email);
    await page.getByRole("button", { name: "Lähetä linkki" }).click();
    await expect(page.getByRole("status")).toContainText(sent);
    await page.goto(await linkFromOutbox(db, user.email));
    await choosePassword(page, "Talvinen-ilta-takkatulen-ääressä");
    await expect(page).toHaveURL(/\/login\?passwordSet=1$/);
    await signIn(page, user.email, "Talvinen-ilta-takkatulen-ääressä");

    const token = randomBytes(32).toString("base64url");
    await db.accountToken.create({ data: { userId: user.id, kind: "INVITATION", tokenHash: hashAccountToken(token), expiresAt: new Date(Date.now() - 60_000) } });
    await page.goto(`/account/set-password/${token}`);
    await expect(page.getByRole("heading", { level: 1, name: "Linkki on vanhentunut" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Pyydä uusi linkki" })).toHaveAttribute("href", "/login/forgot");
    await expectAccessible(page);
  });

  test("a broken CSV gets a report of the failed rows and imports nothing; a wrong encoding is named; a good file imports", async ({ page, db }) => {
    const org = await buildOrganisation(db);
    const admin = await buildUser(db, { roles: ["ADMIN"] });
    await signIn(page, admin.email);
    await page.goto("/admin/users/import");
    await expect(page.getByRole("heading", { level: 1, name: "Käyttäjien tuonti CSV-tiedostosta" })).toBeVisible();
    await expectAccessible(page);

    const a = `csv-${unique()}@kunta.example`;
    const broken = ["name;email;title;unit;language;roles", `Anna Aalto;${a};opettaja;${org.unit.name};fi;FRONTLINE_WORKER`, `=cmd|' /C calc'!A0;b-${unique()}@kunta.example;t;Ei yksikköä;fi;BOSS`].join("\n");
    await page.getByLabel("CSV-tiedosto").setInputFiles({ name: "kayttajat.csv", mimeType: "text/csv", buffer: Buffer.from(broken) });
    await page.getByRole("button", { name: "Tarkista ja tuo" }).click();
    await expect(page.getByRole("heading", { name: /Tiedostoa ei tuotu/ })).toBeVisible();
    await expect(page.getByRole("row", { name: /3 name Solu ei saa alkaa/ })).toBeVisible();
    await expect(page.getByRole("row", { name: /3 unit Yksikköä ei löydy/ })).toBeVisible();
    await expect(page.getByRole("row", { name: /3 roles Tuntematon rooli/ })).toBeVisible();
    expect(await db.user.count({ where: { email: a } })).toBe(0);
    await expectAccessible(page);

    await page.getByLabel("CSV-tiedosto").setInputFiles({ name: "latin1.csv", mimeType: "text/csv", buffer: Buffer.concat([Buffer.from("name;email;title;unit;language;roles\nJ"), Buffer.from([0xe4]), Buffer.from("rvi;x@y.fi;t;;fi;TEAM_MEMBER\n")]) });
    await page.getByRole("button", { name: "Tarkista ja tuo" }).click();
    await expect(page.locator("#import-file-error")).toHaveText(/Tiedosto ei ole UTF-8-muodossa/);
    await expect(page.getByLabel("CSV-tiedosto")).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);

    await page.getByLabel("CSV-tiedosto").setInputFiles({ name: "iso.csv", mimeType: "text/csv", buffer: Buffer.alloc(1_100_000, "a") });
    await page.getByRole("button", { name: "Tarkista ja tuo" }).click();
    await expect(page.locator("#import-file-error")).toHaveText(/Tiedosto on liian suuri/);

    const good = ["name,email,title,unit,language,roles", `Anna Aalto,${a},opettaja,${org.unit.name},sv,FRONTLINE_WORKER`].join("\n");
    await page.getByLabel("CSV-tiedosto").setInputFiles({ name: "hyva.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${good}`) });
    await page.getByRole("button", { name: "Tarkista ja tuo" }).click();
    await expect(page.getByRole("status").filter({ hasText: "1 käyttäjä tuotiin" })).toBeVisible();
    expect(await db.user.count({ where: { email: a } })).toBe(1);
    expect(await db.emailOutbox.count({ where: { toAddress: a, locale: "sv" } })).toBe(1);
  });

  test("an admin changes a worker's roles and deactivates them; they then wait for a new chair, whom the admin names", async ({ page, db }) => {
    const org = await buildOrganisation(db);
    const admin = await buildUser(db, { roles: ["ADMIN"] });
    const leaver = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id, name: `Lähtevä Työntekijä` });
    const successor = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id, name: "Seuraava Puheenjohtaja" });
    const family = await buildCollaboration(db, leaver, { id: org.area.id, municipalityId: org.municipality.id });
    await signIn(page, admin.email);
    await page.goto(`/admin/users/${leaver.id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Lähtevä Työntekijä" })).toBeVisible();
    await expectAccessible(page);

    // A role change: an emptied name is refused next to the field first, then the save ends the sessions.
    await page.getByLabel("Nimi", { exact: true }).fill("");
    await page.getByRole("checkbox", { name: "Perhekeskustiimin jäsen" }).check();
    await page.getByRole("button", { name: "Tallenna muutokset" }).click();
    await expect(page.locator("#user-name-error")).toHaveText("Tämä tieto on pakollinen.");
    await expect(page.getByRole("checkbox", { name: "Perhekeskustiimin jäsen" })).toBeChecked();
    await expectAccessible(page);
    await page.getByLabel("Nimi", { exact: true }).fill("Lähtevä Työntekijä");
    await page.getByRole("button", { name: "Tallenna muutokset" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Käyttäjän istunnot päättyivät" })).toBeVisible();
    expect(await db.user.findUniqueOrThrow({ where: { id: leaver.id } })).toMatchObject({ roles: ["FRONTLINE_WORKER", "TEAM_MEMBER"], sessionVersion: 1 });

    await page.getByRole("button", { name: "Poista käytöstä" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Käyttäjä on poistettu käytöstä." })).toBeVisible();
    await expect(page.getByRole("button", { name: "Ota uudelleen käyttöön" })).toBeVisible();
    await expectAccessible(page);
    expect(await db.user.findUniqueOrThrow({ where: { id: leaver.id } })).toMatchObject({ active: false, sessionVersion: 2 });

    await page.goto("/admin/reassign");
    await expect(page.getByRole("heading", { level: 1, name: "Uutta vastuutyöntekijää / puheenjohtajaa odottavat" })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(`Lähtevä Työntekijä .* ${org.municipality.name}`) })).toBeVisible();
    await expectAccessible(page);

    // A new chair from the same municipality takes over the open collaboration.
    await page.getByRole("link", { name: `Nimeä uusi puheenjohtaja: Lähtevä Työntekijä, ${org.municipality.name}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Uusi puheenjohtaja" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Siirrä puheenjohtajuus" }).click();
    await expect(page.locator("#chair-toUserId-error")).toHaveText("Tämä tieto on pakollinen.");
    await expectAccessible(page);
    await page.getByLabel("Uusi puheenjohtaja").selectOption({ label: `Seuraava Puheenjohtaja, ${successor.title}` });
    await page.getByRole("button", { name: "Siirrä puheenjohtajuus" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Siirretty: 1 yhteistyö ja 0 tapaamista." })).toBeVisible();
    expect((await db.collaboration.findUniqueOrThrow({ where: { id: family.id } })).ownerId).toBe(successor.id);
  });

  test("a non-admin gets 404 on every admin user page", async ({ page, db }) => {
    const org = await buildOrganisation(db);
    const worker = await buildUser(db, { roles: ["FRONTLINE_WORKER", "COORDINATOR"], unitId: org.unit.id });
    await signIn(page, worker.email);
    const chair = `/admin/reassign/chair?user=${worker.id}&municipality=${org.municipality.id}`;
    for (const path of ["/admin/users", "/admin/users/new", `/admin/users/${worker.id}`, "/admin/users/import", "/admin/reassign", chair]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });
});
