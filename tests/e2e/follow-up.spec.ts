// Vastuutyöntekijä (issue 5), in Chromium: "Minun perheeni" with the overdue family first and
// marked in text; the contact log by keyboard alone (with its field errors); an action marked done
// and the plan's progress; consent-gated sharing; a follow-up meeting arranged through the convening
// flow whose star is drawn against the joint meeting's; handover to a colleague (the old worker loses
// access); closing (read-only, off the list) and reopening. axe-core on every page and state.
import type { Locator, Page } from "@playwright/test";
import { test, expect, signIn, expectAccessible } from "./fixtures.ts";
import { tabTo } from "./keyboard.ts";
import { dateTimeParts } from "./dates.ts";
import { buildActivePlan, buildCollaboration, buildOrganisation, buildStarTemplate, buildTeam, buildUser } from "../fixtures/builders.ts";
import type { Db } from "../../lib/db/create-client.ts";

const DAY = 86_400_000;

async function scenario(db: Db) {
  const org = await buildOrganisation(db);
  const chair = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id, name: "Liisa Lähinen" });
  const responsible = await buildUser(db, { roles: ["TEAM_MEMBER"], unitId: org.unit.id, name: "Pirjo Perhetyöntekijä" });
  const colleague = await buildUser(db, { roles: ["TEAM_MEMBER"], unitId: org.unit.id, name: "Kalle Kuraattori" });
  const principal = await buildUser(db, { roles: ["FRONTLINE_WORKER"], name: "Riikka Rehtori" });
  const team = await buildTeam(db, org.area.id, ["PSYCHOLOGIST"]);
  const lastName = `Seuranen${Math.random().toString(36).slice(2, 6)}`;
  const family = await buildCollaboration(db, chair, { id: org.area.id, municipalityId: org.municipality.id }, [{ firstName: "Maija", lastName }]);
  // The guardian's consent: the psychologist may be invited; the plan may go to the principal.
  await db.consent.create({
    data: {
      collaborationId: family.id,
      guardianId: family.guardians[0]!.id,
      method: "VERBAL",
      givenOn: new Date(Date.now() - 40 * DAY),
      invitableExpertise: ["PSYCHOLOGIST"],
      mayShareInformation: true,
      recordedById: chair.id,
      recipients: { create: [{ userId: principal.id }] },
    },
  });
  // The team member took part in the joint meeting (a party who is not covered for sharing).
  await db.collaborationMember.create({ data: { collaborationId: family.id, userId: team.members[0]!.user.id, role: "INVITED" } });
  const plan = await buildActivePlan(db, family.id, chair, [responsible.id], { nextContactAt: new Date(Date.now() - 2 * DAY) });
  // The joint meeting's star, for the follow-up meeting to be drawn against.
  const template = await buildStarTemplate(db);
  const joint = await db.jointMeeting.create({
    data: { collaborationId: family.id, municipalityId: org.municipality.id, areaId: org.area.id, kind: "JOINT", status: "HELD", startsAt: new Date(Date.now() - 30 * DAY), endsAt: new Date(Date.now() - 30 * DAY + 90 * 60_000), organizerId: chair.id, icsUid: `${family.id}@e2e` },
  });
  const childStrengths = template.areas.find((a) => a.key === "child_strengths")!.id;
  await db.starReview.create({ data: { collaborationId: family.id, meetingId: joint.id, templateId: template.id, recordedById: chair.id, entries: { create: [{ areaId: childStrengths, rating: 3 }] } } });
  return { org, chair, responsible, colleague, principal, team, family, lastName, plan, joint, template };
}

/** Types a Helsinki wall-clock time into a focused datetime-local input (en-US segment order in this Chromium). */
/** By keyboard, in the page's (Finnish) format: the day, past the calendar button to the time. */
async function typeDateTime(page: Page, d: Date) {
  const parts = new Intl.DateTimeFormat("fi-FI", { timeZone: "Europe/Helsinki", year: "numeric", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(d);
  const v = (t: string) => parts.find((p) => p.type === t)!.value;
  await page.keyboard.type(`${v("day")}.${v("month")}.${v("year")}`);
  await page.keyboard.press("Tab"); // the calendar button
  await page.keyboard.press("Tab");
  await expect(dateTimeParts(page, "Seuraava sovittu yhteydenotto").time).toBeFocused();
  await page.keyboard.type(`${v("hour")}.${v("minute")}`);
}

test.describe("vastuutyöntekijä: following up the family's plan", () => {
  test.slow();

  test("Minun perheeni, the contact log by keyboard alone, an action marked done", async ({ page, db }) => {
    const s = await scenario(db);
    await signIn(page, s.responsible.email);
    await page.getByRole("navigation").getByRole("link", { name: "Minun perheeni" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Minun perheeni" })).toBeVisible();
    const row = page.getByRole("row", { name: new RegExp(s.lastName) });
    await expect(row).toContainText("Myöhässä");
    await expect(row).toContainText("2 päivää myöhässä");
    await expect(row).toContainText("kotona: 1");
    await expectAccessible(page);
    await page.getByLabel("Näytä", { exact: true }).selectOption("overdue");
    await page.getByRole("button", { name: "Näytä" }).click();
    await expect(page).toHaveURL(/filter=overdue/);
    await expect(row).toBeVisible();
    await expectAccessible(page);
    await row.getByRole("link", { name: s.lastName }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Seuranta: ${s.lastName}` })).toBeVisible();
    await expectAccessible(page);

    // Keyboard only: a next contact before the contact is refused next to its field, values kept.
    await page.locator("body").evaluate((b) => (b as HTMLElement).focus());
    await tabTo(page, page.getByLabel("Yhteydenottotapa"));
    await page.keyboard.type("Koti"); // Kotikäynti
    await expect(page.getByLabel("Yhteydenottotapa")).toHaveValue("HOME_VISIT");
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Lyhyt muistiinpano")).toBeFocused();
    await page.keyboard.type("Kotikäynti: illat rauhoittuneet.");
    await page.keyboard.press("Tab");
    await expect(dateTimeParts(page, "Seuraava sovittu yhteydenotto").day).toBeFocused();
    await typeDateTime(page, new Date(Date.now() - 5 * DAY));
    await tabTo(page, page.getByRole("button", { name: "Tallenna yhteydenotto" }));
    await page.keyboard.press("Enter");
    await expect(page.getByText("Seuraava yhteydenotto ei voi olla ennen kirjattavaa yhteydenottoa.")).toBeVisible();
    await expect(page.getByLabel("Lyhyt muistiinpano")).toHaveValue("Kotikäynti: illat rauhoittuneet.");
    await expectAccessible(page);
    await tabTo(page, dateTimeParts(page, "Seuraava sovittu yhteydenotto").day);
    await page.keyboard.press("ControlOrMeta+a");
    await typeDateTime(page, new Date(Date.now() + 9 * DAY));
    await tabTo(page, page.getByRole("button", { name: "Tallenna yhteydenotto" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "Yhteydenotto tallennettu." })).toBeVisible();
    await expect(page.getByRole("list").filter({ hasText: "Kotikäynti: illat rauhoittuneet." })).toBeVisible();
    await expect(page.locator(".facts")).toContainText("Tulossa");
    await expectAccessible(page);
    const entry = await db.contactLogEntry.findFirstOrThrow({ where: { collaborationId: s.family.id } });
    expect(entry.channel).toBe("HOME_VISIT");

    // Mark an action done; the plan shows its progress.
    const action = page.getByRole("form", { name: "Iltarutiini ja nukkumaanmeno klo 20" });
    await action.getByLabel("Tilanne").selectOption("DONE");
    await action.getByLabel("Huomio tilanteesta").fill("Nukkumaanmeno onnistuu klo 20.");
    await action.getByRole("button", { name: "Tallenna tilanne" }).click();
    await expect(action.getByRole("status")).toContainText("Tilanne tallennettu.");
    await expect(page.getByText(/Edistyminen: 1\/3 tehty \(33 %\)/)).toBeVisible();
    await expectAccessible(page);
    expect((await db.planAction.findFirstOrThrow({ where: { planId: s.plan.planId, setting: "HOME" } })).status).toBe("DONE");

    // Back on the list the family is no longer overdue.
    await page.getByRole("link", { name: "Takaisin: Minun perheeni" }).click();
    await expect(page.getByRole("row", { name: new RegExp(s.lastName) })).toContainText("Tulossa");
  });

  test("shares only under the consent, and arranges a follow-up meeting whose star shows both reviews", async ({ page, db }) => {
    const s = await scenario(db);
    await signIn(page, s.responsible.email);
    await page.goto(`/follow-up/${s.family.id}`);
    const share = page.getByRole("form", { name: "Tiedot verkostolle" });
    await share.getByLabel("Vastaanottaja").selectOption({ label: `${s.team.members[0]!.user.name}, ${s.team.members[0]!.user.title} — ei suostumusta` });
    await share.getByRole("button", { name: "Anna tieto" }).click();
    await expect(share.getByText(/suostumus ei salli tietojen antamista hänelle/)).toBeVisible();
    await expectAccessible(page);
    await share.getByLabel("Vastaanottaja").selectOption({ label: `${s.principal.name}, ${s.principal.title} — suostumus kattaa` });
    await share.getByRole("button", { name: "Anna tieto" }).click();
    await expect(share.getByRole("status")).toContainText("Tieto annettu");
    await expect(page.getByText(new RegExp(`versio 1 → ${s.principal.name}`))).toBeVisible();
    expect(await db.auditEvent.count({ where: { collaborationId: s.family.id, kind: "DISCLOSURE", recipient: s.principal.id } })).toBe(1);

    await page.getByRole("link", { name: "Järjestä seurantatapaaminen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Järjestä seurantatapaaminen" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel(new RegExp(s.team.members[0]!.user.name)).check();
    await page.getByRole("button", { name: "Ehdota aikoja" }).click();
    await page.getByRole("group", { name: "Ehdotetut ajat" }).getByRole("radio").first().check();
    await page.getByRole("button", { name: "Varaa aika ja lähetä kutsut" }).click();
    await expect(page).toHaveURL(new RegExp(`/follow-up/${s.family.id}\\?saved=meeting`));
    await expectAccessible(page);
    const meeting = await db.jointMeeting.findFirstOrThrow({ where: { collaborationId: s.family.id, kind: "FOLLOW_UP" } });
    expect(meeting.organizerId).toBe(s.responsible.id);
    // Closing now would cancel it, and the closing form says so before anyone confirms.
    await expect(page.getByRole("form", { name: "Päätä yhteistyö" })).toContainText("Yhteistyöllä on yksi sovittu tuleva tapaaminen. Se perutaan.");

    // The responsible worker chairs it: the star is recorded and drawn against the joint meeting's.
    await page.getByRole("link", { name: "Avaa tapaaminen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`Seurantatapaaminen: ${s.lastName}`) })).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/families/${s.family.id}/meetings/${meeting.id}/star`);
    const details = page.locator("details.star-area").filter({ has: page.locator("summary .star-area-label", { hasText: /^Lapsen vahvuudet$/ }) });
    await details.locator("summary").click();
    await details.getByRole("group", { name: "Yhteinen arvio", exact: true }).getByLabel("4", { exact: true }).check();
    await page.getByRole("button", { name: "Tallenna tähti" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Tähti on tallennettu" })).toBeVisible();
    const table = page.getByRole("table", { name: "Yhteiset arviot alueittain (1–5)" });
    // Columns: the axis number, the area, then one per review — the joint meeting's (3) and this one's (4).
    await expect(table.getByRole("columnheader")).toHaveCount(4);
    await expect(table.getByRole("row", { name: /Lapsen vahvuudet/ }).getByRole("cell")).toHaveText(["2", "3", "4"]);
    await expectAccessible(page);
  });

  test("hands over to a colleague, who closes the collaboration; it is read-only and off the list, and can be reopened", async ({ page, db, browser }) => {
    const s = await scenario(db);
    await signIn(page, s.responsible.email);
    await page.goto(`/follow-up/${s.family.id}`);
    const handover = page.getByRole("form", { name: "Siirrä vastuu" });
    await handover.getByLabel("Uusi vastuutyöntekijä").selectOption(s.colleague.id);
    await handover.getByRole("button", { name: "Siirrä vastuu" }).click();
    await expect(handover.getByText("Vahvista, että perhe on suostunut vastuun siirtoon.")).toBeVisible();
    await expectAccessible(page);
    await handover.getByLabel("Perhe on suostunut vastuun siirtoon").check();
    await handover.getByLabel("Mitä perheen kanssa sovittiin").fill("Äiti toivoi kuraattoria; sovittu puhelimessa.");
    await handover.getByRole("button", { name: "Siirrä vastuu" }).click();
    await expect(page).toHaveURL(/\/follow-up\?saved=handover/);
    await expect(page.getByRole("status").filter({ hasText: "Vastuu on siirretty." })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(s.lastName) })).toHaveCount(0);
    await expectAccessible(page);
    const gone = await page.goto(`/follow-up/${s.family.id}`);
    expect(gone?.status()).toBe(404);

    const other = await browser.newContext();
    const p2 = await other.newPage();
    await signIn(p2, s.colleague.email);
    // The header tells the new responsible worker that a notification waits on "Minun perheeni".
    await expect(p2.getByRole("navigation", { name: "Päävalikko" }).getByRole("link", { name: "Minun perheeni (1 uusi ilmoitus)" })).toBeVisible();
    await p2.goto("/follow-up");
    await expect(p2.getByRole("region", { name: "Ilmoitukset sinulle" })).toContainText("Sinut on nimetty perheen vastuutyöntekijäksi");
    await expectAccessible(p2);
    await p2.getByRole("row", { name: new RegExp(s.lastName) }).getByRole("link").click();
    await expect(p2.getByText(/Pirjo Perhetyöntekijä, .*–\d/)).toBeVisible();
    await expect(p2.getByText(/Kalle Kuraattori, .*–nyt/)).toBeVisible();
    const close = p2.getByRole("form", { name: "Päätä yhteistyö" });
    await close.getByLabel("Perheen arki sujuu (tavoitteet saavutettu)").check();
    await close.getByLabel("Lyhyt yhteenveto").fill("Illat ja aamut sujuvat, perhe pärjää omin voimin.");
    await close.getByRole("button", { name: "Päätä yhteistyö" }).click();
    await expect(p2.getByRole("note")).toContainText("Yhteistyö on päättynyt");
    await expect(p2.getByRole("note")).toContainText("Perheen arki sujuu (tavoitteet saavutettu)");
    await expect(p2.getByRole("button", { name: "Tallenna yhteydenotto" })).toHaveCount(0);
    await expect(p2.getByRole("button", { name: "Tallenna tilanne" })).toHaveCount(0);
    await expectAccessible(p2);
    await p2.goto("/follow-up");
    await expect(p2.getByRole("row", { name: new RegExp(s.lastName) })).toHaveCount(0);
    await p2.goto(`/follow-up/${s.family.id}`);
    // Reopening says why: without a reason the field says so, and the collaboration stays closed.
    const reopen = p2.getByRole("form", { name: "Avaa yhteistyö uudelleen" });
    await reopen.getByRole("button", { name: "Avaa yhteistyö uudelleen" }).click();
    await expect(reopen.locator("#reopen-reason-error")).toBeVisible();
    await expect(reopen.getByLabel("Miksi yhteistyö avataan uudelleen")).toBeFocused();
    await reopen.getByLabel("Miksi yhteistyö avataan uudelleen").fill("Äiti soitti: iltojen riidat ovat palanneet.");
    await reopen.getByRole("button", { name: "Avaa yhteistyö uudelleen" }).click();
    await expect(p2.getByRole("button", { name: "Tallenna yhteydenotto" })).toBeVisible();
    await expect(p2.getByText(/Yhteistyö avattiin uudelleen .*Äiti soitti: iltojen riidat ovat palanneet\./)).toBeVisible();
    await expectAccessible(p2);
    expect(await db.auditEvent.count({ where: { collaborationId: s.family.id, action: { in: ["followUp.handover", "collaboration.close", "collaboration.reopen"] } } })).toBe(3);
    await other.close();
  });
});
