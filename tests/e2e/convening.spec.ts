// From a worry to a booked joint meeting (issue 3): puheeksiotto → consent → choose expertise →
// pick a proposed slot → invitations in the outbox → a team member accepts → the convener sees it.
// Once with the mouse, once by keyboard alone, and the refusals a worker meets on the way.
import type { Locator, Page } from "@playwright/test";
import ICAL from "ical.js";
import { test, expect, signIn, expectAccessible } from "./fixtures.ts";
import { startAtTop, tabTo } from "./keyboard.ts";
import { buildCollaboration, buildOrganisation, buildTeam, buildUser } from "../fixtures/builders.ts";
import type { Db } from "../../lib/db/create-client.ts";
import { fiDate, fiTime } from "./dates.ts";

/** An organisation with a frontline worker, a named team (psychologist, family worker, speech therapist) and a family of two guardians. */
async function scenario(db: Db) {
  const org = await buildOrganisation(db);
  const worker = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
  const team = await buildTeam(db, org.area.id, ["PSYCHOLOGIST", "FAMILY_WORKER", "SPEECH_THERAPIST"]);
  const [psychologist, familyWorker, speechTherapist] = team.members as [(typeof team.members)[0], (typeof team.members)[0], (typeof team.members)[0]];
  // The family worker reads Swedish: their invitation must come in Swedish.
  await db.user.update({ where: { id: familyWorker.user.id }, data: { locale: "sv" } });
  const lastName = `Heikkinen${Math.random().toString(36).slice(2, 7).replace(/\d/g, "q")}`;
  const family = await buildCollaboration(db, worker, { id: org.area.id, municipalityId: org.municipality.id }, [
    { firstName: "Jari", lastName },
    { firstName: "Maija", lastName },
  ]);
  return { org, worker, team, psychologist, familyWorker, speechTherapist, lastName, family };
}

/** Tabs into a radio group and moves with the arrow keys until `target` is checked. */
async function chooseRadio(page: Page, target: Locator) {
  const name = await target.getAttribute("name");
  for (let i = 0; i < 120; i++) {
    const inGroup = await page.evaluate((n) => {
      const el = document.activeElement as HTMLInputElement | null;
      return el?.type === "radio" && el.name === n;
    }, name);
    if (inGroup) break;
    await page.keyboard.press("Tab");
  }
  for (let i = 0; i < 10 && !(await target.isChecked()); i++) await page.keyboard.press("ArrowDown");
  await expect(target).toBeChecked();
}

test.describe("koollekutsuminen: from a worry to a booked joint meeting", () => {
  // Each walk signs in two people and visits five pages.
  test.slow();
  test("puheeksiotto, consent from both guardians, a proposed slot, invitations in the outbox, an acceptance the convener sees", async ({ page, db, browser }) => {
    const s = await scenario(db);
    await signIn(page, s.worker.email);
    await page.goto(`/families/${s.family.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(s.lastName);

    // 1. Puheeksiotto: the family's own wishes are required.
    await page.getByRole("link", { name: "Puheeksiotto" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Puheeksiotto" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Yhdessä perheen kanssa kartoitettu tilanne").fill("Iltaisin riitoja, aamut sujuvat.");
    await page.getByRole("button", { name: "Tallenna puheeksiotto" }).click();
    await expect(page.locator("#familyWishes-error")).toHaveText("Tämä tieto on pakollinen.");
    await expect(page.getByLabel("Yhdessä perheen kanssa kartoitettu tilanne")).toHaveValue("Iltaisin riitoja, aamut sujuvat.");
    await expectAccessible(page);
    await page.getByLabel("Perheen omat toiveet avusta").fill("Toivomme apua iltojen rauhoittamiseen.");
    await page.getByLabel("Asiat, joita perhe toivoo yhteisellä ajalla käsiteltävän").fill("Nukkumaanmeno");
    await page.getByLabel("Lapset puheeksi -keskustelu käytiin").check();
    await page.getByLabel("Vahvuudet kotona").fill("Lämmin arki");
    await page.getByLabel("Haavoittuvuudet kotona").fill("Väsymys");
    await page.getByLabel("Harmaa vyöhyke").check();
    await page.getByLabel("Tunnistimme yhdessä perheen kanssa tarpeen tarkastella tilannetta tarkemmin").check();
    await page.getByRole("button", { name: "Tallenna puheeksiotto" }).click();
    await expect(page.getByRole("status").first()).toContainText("Puheeksiotto on tallennettu.");
    await expect(page.getByText("Toivomme apua iltojen rauhoittamiseen.")).toBeVisible();
    await expect(page.locator('[aria-current="step"]')).toHaveText(/^Suostumus/);

    // 2. Consent, each guardian separately.
    await page.getByRole("link", { name: "Suostumus", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Suostumus" })).toBeVisible();
    await expectAccessible(page);
    for (const [index, guardian] of s.family.guardians.entries()) {
      await page.getByLabel("Huoltaja", { exact: true }).selectOption(guardian.id);
      await page.getByLabel("Suullinen").check();
      await page.getByLabel("Psykologi", { exact: true }).check();
      await page.getByLabel("Perhetyöntekijä", { exact: true }).check();
      await page.getByRole("button", { name: "Tallenna suostumus" }).click();
      await expect(page.getByRole("status").first()).toContainText("Suostumus on tallennettu.");
      await expect.poll(() => db.consent.count({ where: { collaborationId: s.family.id } })).toBe(index + 1);
    }
    await expect(page.getByText("Voimassa", { exact: true })).toHaveCount(2);
    await expectAccessible(page);

    // 3. Koollekutsuminen: the team by profession, a proposed slot, the room booked.
    await page.getByRole("link", { name: "Takaisin perheen yhteistyöhön" }).click();
    await expect(page.locator('[aria-current="step"]')).toHaveText(/^Koollekutsuminen/);
    await page.getByRole("link", { name: "Koollekutsuminen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Koollekutsuminen" })).toBeVisible();
    await expect(page.getByRole("group", { name: /Puheterapeutti — ei suostumusta/ })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel(new RegExp(s.psychologist.user.name)).check();
    await page.getByLabel(new RegExp(s.familyWorker.user.name)).check();
    await page.getByRole("button", { name: "Ehdota aikoja" }).click();
    const proposals = page.getByRole("group", { name: "Ehdotetut ajat" });
    await expect(proposals).toBeVisible();
    await proposals.getByRole("radio").first().check();
    await expect(page.getByLabel("Päivä", { exact: true })).not.toHaveValue("");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Varaa aika ja lähetä kutsut" }).click();
    await expect(page.getByRole("status").first()).toContainText("Yhteinen aika on varattu ja kutsut lähetetty.");
    await expect(page.getByRole("cell", { name: "Ei vielä vastannut" })).toHaveCount(2);
    await expect(page.locator('[aria-current="step"]')).toHaveText(/^Yhteinen aika/);
    await expectAccessible(page);

    // Invitations are in the outbox: own language, an .ics a calendar parser reads, no family details.
    const meeting = await db.jointMeeting.findFirstOrThrow({ where: { collaborationId: s.family.id }, include: { roomBooking: true } });
    expect(meeting.roomBooking?.roomId).toBe(s.org.room.id);
    const mails = await db.emailOutbox.findMany({ where: { toAddress: { in: [s.psychologist.user.email, s.familyWorker.user.email] } } });
    expect(mails).toHaveLength(2);
    const sv = mails.find((m) => m.toAddress === s.familyWorker.user.email)!;
    const fi = mails.find((m) => m.toAddress === s.psychologist.user.email)!;
    expect(sv.subject).toMatch(/^Inbjudan: Gemensam tid/);
    expect(fi.subject).toMatch(/^Kutsu: Yhteinen aika/);
    for (const mail of mails) {
      for (const secret of [s.lastName, "Jari", "Maija", "Eetu", "iltojen"]) {
        expect(mail.subject + mail.textBody + mail.icsContent).not.toContain(secret);
      }
      const vcal = new ICAL.Component(ICAL.parse(mail.icsContent!));
      expect(vcal.getFirstPropertyValue("method")).toBe("REQUEST");
      const event = new ICAL.Event(vcal.getFirstSubcomponent("vevent")!);
      expect(event.uid).toBe(meeting.icsUid);
      expect(event.startDate.toJSDate().getTime()).toBe(meeting.startsAt.getTime());
    }

    // 4. The psychologist signs in, sees the invitation and accepts with a message.
    const context = await browser.newContext();
    const member = await context.newPage();
    await signIn(member, s.psychologist.user.email);
    await member.getByRole("link", { name: "Kutsut" }).click();
    await expect(member.getByRole("heading", { level: 1, name: "Kutsut yhteisiin aikoihin" })).toBeVisible();
    await expect(member.getByText(s.lastName)).toHaveCount(0);
    await expectAccessible(member);
    await member.getByLabel("Hyväksy").check();
    await member.getByLabel("Viesti kutsujalle (valinnainen)").fill("Tulen mielelläni.");
    await member.getByRole("button", { name: "Lähetä vastaus" }).click();
    await expect(member.getByRole("status").filter({ hasText: "Vastauksesi on lähetetty." })).toBeVisible();
    await expect(member.getByText("Hyväksytty")).toBeVisible();
    await context.close();

    // The convener's open page shows the answer as it comes, without reloading.
    await expect(page.getByRole("cell", { name: "Tulee" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("cell", { name: "Tulen mielelläni." })).toBeVisible();
  });

  test("the same walk by keyboard alone", async ({ page, db, browser }) => {
    const s = await scenario(db);
    await signIn(page, s.worker.email);
    await page.goto(`/families/${s.family.id}`);
    await startAtTop(page);

    await tabTo(page, page.getByRole("link", { name: "Puheeksiotto" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Puheeksiotto" })).toBeVisible();
    await tabTo(page, page.getByLabel("Perheen omat toiveet avusta"));
    await page.keyboard.type("Apua arjen rytmiin.");
    await chooseRadio(page, page.getByLabel("Pieni huoli"));
    await tabTo(page, page.getByLabel("Tunnistimme yhdessä perheen kanssa tarpeen tarkastella tilannetta tarkemmin"));
    await page.keyboard.press("Space");
    await tabTo(page, page.getByRole("button", { name: "Tallenna puheeksiotto" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").first()).toContainText("Puheeksiotto on tallennettu.");

    await startAtTop(page);
    await tabTo(page, page.getByRole("link", { name: "Suostumus", exact: true }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Suostumus" })).toBeVisible();
    for (const [index, guardian] of s.family.guardians.entries()) {
      await startAtTop(page);
      await tabTo(page, page.getByLabel("Huoltaja", { exact: true }));
      await page.keyboard.type(guardian.firstName);
      await expect(page.getByLabel("Huoltaja", { exact: true })).toHaveValue(guardian.id);
      await tabTo(page, page.getByLabel("Psykologi", { exact: true }));
      await page.keyboard.press("Space");
      await tabTo(page, page.getByRole("button", { name: "Tallenna suostumus" }));
      await page.keyboard.press("Enter");
      await expect.poll(() => db.consent.count({ where: { collaborationId: s.family.id } })).toBe(index + 1);
    }
    await expect(page.getByText("Voimassa", { exact: true })).toHaveCount(2);

    await startAtTop(page);
    await tabTo(page, page.getByRole("link", { name: "Takaisin perheen yhteistyöhön" }));
    await page.keyboard.press("Enter");
    await startAtTop(page);
    await tabTo(page, page.getByRole("link", { name: "Koollekutsuminen" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Koollekutsuminen" })).toBeVisible();
    await tabTo(page, page.getByLabel(new RegExp(s.psychologist.user.name)));
    await page.keyboard.press("Space");
    await tabTo(page, page.getByRole("button", { name: "Ehdota aikoja" }));
    await page.keyboard.press("Enter");
    const firstSlot = page.getByRole("group", { name: "Ehdotetut ajat" }).getByRole("radio").first();
    await expect(firstSlot).toBeVisible();
    await tabTo(page, firstSlot);
    await page.keyboard.press("Space");
    await expect(page.getByLabel("Päivä", { exact: true })).not.toHaveValue("");
    await tabTo(page, page.getByRole("button", { name: "Varaa aika ja lähetä kutsut" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").first()).toContainText("Yhteinen aika on varattu ja kutsut lähetetty.");
    await expect.poll(() => db.emailOutbox.count({ where: { toAddress: s.psychologist.user.email } })).toBe(1);

    // The team member answers by keyboard too.
    const context = await browser.newContext();
    const member = await context.newPage();
    await signIn(member, s.psychologist.user.email);
    await member.goto("/invitations");
    await startAtTop(member);
    await chooseRadio(member, member.getByLabel("En pääse"));
    await tabTo(member, member.getByLabel("Viesti kutsujalle (valinnainen)"));
    await member.keyboard.type("Olen koulutuksessa.");
    await tabTo(member, member.getByRole("button", { name: "Lähetä vastaus" }));
    await member.keyboard.press("Enter");
    await expect(member.getByRole("status").filter({ hasText: "Vastauksesi on lähetetty." })).toBeVisible();
    await context.close();

    await page.reload();
    await expect(page.getByRole("cell", { name: "Ei pääse" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Olen koulutuksessa." })).toBeVisible();
  });

  test("refusals explain themselves next to the field: no consent, consent not covering, withdrawn consent, a time in the past", async ({ page, db }) => {
    const s = await scenario(db);
    await signIn(page, s.worker.email);

    // No consent yet: nothing can be sent.
    await page.goto(`/families/${s.family.id}/convene`);
    await page.getByLabel(new RegExp(s.psychologist.user.name)).check();
    await page.getByRole("button", { name: "Ehdota aikoja" }).click();
    await expect(page.locator("#teamMemberIds-error")).toContainText("kaikilta huoltajilta ei ole voimassa olevaa suostumusta");
    await expectAccessible(page);

    // Consent from both guardians, for the psychologist only.
    for (const g of s.family.guardians) {
      await db.consent.create({ data: { collaborationId: s.family.id, guardianId: g.id, method: "WRITTEN", givenOn: new Date(Date.now() - 86_400_000), invitableExpertise: ["PSYCHOLOGIST"], recordedById: s.worker.id } });
    }
    await page.reload();
    await page.getByLabel(new RegExp(s.speechTherapist.user.name)).check();
    await page.getByRole("button", { name: "Ehdota aikoja" }).click();
    await expect(page.locator("#teamMemberIds-error")).toContainText("suostumus ei kata kaikkia valittuja osaamisia");

    // A hand-set time in the past, for a covered invitee.
    await page.getByLabel(new RegExp(s.speechTherapist.user.name)).uncheck();
    await page.getByLabel(new RegExp(s.psychologist.user.name)).check();
    await page.getByLabel("Päivä", { exact: true }).fill("7.1.2020");
    await page.getByLabel("Kellonaika").fill("10.00");
    await page.getByLabel("Tila", { exact: true }).selectOption(s.org.room.id);
    await page.getByRole("button", { name: "Varaa aika ja lähetä kutsut" }).click();
    await expect(page.locator("#date-error")).toHaveText("Aika on jo mennyt. Valitse tuleva aika.");
    await expect(page.getByLabel(new RegExp(s.psychologist.user.name))).toBeChecked();
    await expectAccessible(page);

    // One guardian withdraws: it takes effect at once.
    await page.goto(`/families/${s.family.id}/consent`);
    await page.getByRole("button", { name: "Peru suostumus" }).first().click();
    await expect(page.getByRole("status").first()).toContainText("Suostumus on peruttu.");
    await page.goto(`/families/${s.family.id}/convene`);
    await page.getByLabel(new RegExp(s.psychologist.user.name)).check();
    await page.getByRole("button", { name: "Ehdota aikoja" }).click();
    await expect(page.locator("#teamMemberIds-error")).toContainText("kaikilta huoltajilta ei ole voimassa olevaa suostumusta");

    expect(await db.jointMeeting.count({ where: { collaborationId: s.family.id } })).toBe(0);
    expect(await db.emailOutbox.count({ where: { toAddress: { in: s.team.members.map((m) => m.user.email) } } })).toBe(0);
  });

  test("rescheduling sends updated invitations and cancelling sends METHOD:CANCEL, both with the same UID; another worker gets 404", async ({ page, db, browser }) => {
    const s = await scenario(db);
    for (const g of s.family.guardians) {
      await db.consent.create({ data: { collaborationId: s.family.id, guardianId: g.id, method: "VERBAL", givenOn: new Date(Date.now() - 86_400_000), invitableExpertise: ["PSYCHOLOGIST"], recordedById: s.worker.id } });
    }
    await signIn(page, s.worker.email);
    await page.goto(`/families/${s.family.id}/convene`);
    await page.getByLabel(new RegExp(s.psychologist.user.name)).check();
    await page.getByRole("button", { name: "Ehdota aikoja" }).click();
    await page.getByRole("group", { name: "Ehdotetut ajat" }).getByRole("radio").first().check();
    await page.getByRole("button", { name: "Varaa aika ja lähetä kutsut" }).click();
    await expect(page.getByRole("status").first()).toContainText("Yhteinen aika on varattu");

    // Reschedule to a week later, same hour.
    const meeting = await db.jointMeeting.findFirstOrThrow({ where: { collaborationId: s.family.id } });
    const later = new Date(meeting.startsAt.getTime() + 7 * 86_400_000);
    const wall = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Helsinki", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(later);
    const [date, time] = wall.split(" ") as [string, string];
    await page.getByRole("button", { name: "Siirrä tapaamista" }).click();
    await page.getByLabel("Päivä", { exact: true }).fill(fiDate(date));
    await page.getByLabel("Kellonaika").fill(fiTime(time));
    await expectAccessible(page);
    await page.getByRole("button", { name: "Siirrä ja lähetä päivitetyt kutsut" }).click();
    await expect(page.getByText("Tapaaminen on siirretty ja kutsut päivitetty.")).toBeVisible();

    // A stranger cannot see or change it.
    const other = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: s.org.unit.id });
    const context = await browser.newContext();
    const strangerPage = await context.newPage();
    await signIn(strangerPage, other.email);
    expect((await strangerPage.goto(`/families/${s.family.id}/convene`))?.status()).toBe(404);
    expect((await strangerPage.goto(`/families/${s.family.id}/consent`))?.status()).toBe(404);
    expect((await strangerPage.goto(`/families/${s.family.id}/concern`))?.status()).toBe(404);
    await context.close();

    // Cancelling asks first; "Älä peru" changes nothing.
    await page.getByRole("button", { name: "Peru tapaaminen" }).click();
    await page.getByRole("button", { name: "Älä peru" }).click();
    expect((await db.jointMeeting.findFirstOrThrow({ where: { id: meeting.id } })).status).toBe("SCHEDULED");
    await page.getByRole("button", { name: "Peru tapaaminen" }).click();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Kyllä, peru tapaaminen" }).click();
    // The message outlives the refresh that replaces the buttons with the cancelled status.
    await expect(page.locator(".badge", { hasText: "Peruttu" })).toBeVisible();
    await expect(page.getByText("Tapaaminen on peruttu ja kutsutuille on ilmoitettu.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Peru tapaaminen" })).toHaveCount(0);

    const mails = await db.emailOutbox.findMany({ where: { toAddress: s.psychologist.user.email }, orderBy: { createdAt: "asc" } });
    expect(mails).toHaveLength(3);
    const events = mails.map((m) => {
      const vcal = new ICAL.Component(ICAL.parse(m.icsContent!));
      const e = new ICAL.Event(vcal.getFirstSubcomponent("vevent")!);
      return { method: vcal.getFirstPropertyValue("method"), uid: e.uid, sequence: e.sequence, start: e.startDate.toJSDate().getTime() };
    });
    expect(events.map((e) => e.method)).toEqual(["REQUEST", "REQUEST", "CANCEL"]);
    expect(new Set(events.map((e) => e.uid)).size).toBe(1);
    expect(events.map((e) => e.sequence)).toEqual([0, 1, 2]);
    expect(events[1]!.start).toBe(later.getTime());
    const booking = await db.roomBooking.findUniqueOrThrow({ where: { meetingId: meeting.id } });
    expect(booking.cancelledAt).not.toBeNull();
  });
});

test.describe("the outbox without SMTP", () => {
  test("an admin reads queued mail in the product; other roles get 404", async ({ page, db, browser }) => {
    const s = await scenario(db);
    const admin = await buildUser(db, { roles: ["ADMIN"] });
    const subject = `Kutsu: Yhteinen aika ${s.lastName}`;
    await db.emailOutbox.create({ data: { toAddress: s.psychologist.user.email, subject, textBody: "Aika: 1.12.2026 klo 10.00–11.30", icsContent: "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n" } });
    await signIn(page, admin.email);
    await page.getByRole("link", { name: "Lähtevä posti" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Lähtevä posti" })).toBeVisible();
    await page.getByRole("link", { name: /^Jonossa/ }).click();
    await expect(page.getByRole("heading", { name: subject })).toBeVisible();
    await page.getByText("Näytä viestin teksti").first().click();
    await expectAccessible(page);

    const context = await browser.newContext();
    const workerPage = await context.newPage();
    await signIn(workerPage, s.worker.email);
    expect((await workerPage.goto("/admin/outbox"))?.status()).toBe(404);
    await context.close();
  });
});
