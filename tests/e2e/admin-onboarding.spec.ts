// Issue 13, the whole way a county lets a new worker in and out, in the browser: the admin creates a
// unit, a room and a team with two members in an area, and a new frontline worker of that unit; the
// invitation mail's link (read from the outbox) sets a password; the worker signs in and convenes a
// joint meeting with that team in that room. Then the admin deactivates the worker while they are
// signed in, and the worker's very next click lands on the sign-in page.
import { randomUUID } from "node:crypto";
import { test, expect, signIn, expectAccessible } from "./fixtures.ts";
import { buildCollaboration, buildUser } from "../fixtures/builders.ts";

test.describe("a county takes a new worker into use, and out of it", () => {
  test.slow();

  test("admin builds unit, room, team and worker; the invited worker sets a password and convenes with that team in that room; deactivation ends the session", async ({ page, db, browser }) => {
    const tag = randomUUID().slice(0, 8);
    // Person names take letters only (the user form refuses digits in a name).
    const letters = tag.replace(/\d/g, (d) => "ghijklmnop"[Number(d)]!);
    const county = await db.county.create({ data: { name: `Hyvinvointialue ${tag}` } });
    const municipality = await db.municipality.create({ data: { name: `Kunta ${tag}`, countyId: county.id, adoptionStage: "PILOTING" } });
    const area = await db.area.create({ data: { name: `Alue ${tag}`, municipalityId: municipality.id } });
    const admin = await buildUser(db, { roles: ["ADMIN"] });
    const psychologist = await buildUser(db, { roles: ["TEAM_MEMBER"], name: `Pirjo Psykologi ${tag}` });
    const familyWorker = await buildUser(db, { roles: ["TEAM_MEMBER"], name: `Paavo Perhetyö ${tag}` });
    const unit = `Koulu ${tag}`;
    const room = `Neuvotteluhuone ${tag}`;
    const team = `Tiimi ${tag}`;
    const email = `uusi-${tag}@kunta.example`;
    const areaLabel = `${municipality.name}: ${area.name}`;

    await signIn(page, admin.email);

    // The unit and its room.
    await page.goto("/admin/units");
    await page.locator("#new-unit-name").fill(unit);
    await page.locator("#new-unit-areaId").selectOption({ label: areaLabel });
    await page.locator("#new-unit-sector").selectOption({ label: "Koulu" });
    await page.getByRole("button", { name: "Lisää yksikkö" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Tallennettu." })).toBeVisible();
    await page.getByLabel("Hae yksikköä, aluetta tai kuntaa").fill(unit);
    await page.getByRole("button", { name: "Hae", exact: true }).click();
    await page.getByRole("link", { name: unit, exact: true }).click();
    await page.locator("#new-room-name").fill(room);
    await page.locator("#new-room-capacity").fill("6");
    await page.getByRole("button", { name: "Lisää tila" }).click();
    await expect(page.getByRole("button", { name: `Poista käytöstä: ${room}` })).toBeVisible();
    await expectAccessible(page);

    // The team with two members.
    await page.goto("/admin/teams");
    await page.locator("#new-team-name").fill(team);
    await page.locator("#new-team-areaId").selectOption({ label: areaLabel });
    await page.getByRole("button", { name: "Lisää tiimi" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Tallennettu." })).toBeVisible();
    await page.getByLabel("Hae tiimiä tai aluetta").fill(team);
    await page.getByRole("button", { name: "Hae", exact: true }).click();
    await page.getByRole("link", { name: team, exact: true }).click();
    for (const [person, expertise] of [
      [psychologist, "Psykologi"],
      [familyWorker, "Perhetyöntekijä"],
    ] as const) {
      await page.getByLabel("Hae käyttäjää nimellä tai sähköpostilla").fill(person.name);
      await page.getByRole("button", { name: "Hae", exact: true }).click();
      await page.getByLabel(`Osaaminen: ${person.name}`).selectOption({ label: expertise });
      await page.getByRole("button", { name: `Lisää tiimiin: ${person.name}` }).click();
      await expect(page.getByRole("button", { name: `Poista tiimistä: ${person.name}, ${expertise}` })).toBeVisible();
    }
    await expectAccessible(page);

    // The new frontline worker of that unit; the invitation goes to the outbox.
    await page.goto("/admin/users/new");
    await page.getByLabel("Nimi", { exact: true }).fill(`Ulla Uusi ${letters}`);
    await page.getByLabel("Sähköpostiosoite", { exact: true }).fill(email);
    await page.getByLabel("Nimike", { exact: true }).fill("terveydenhoitaja");
    await page.locator("#user-unitId").selectOption({ label: unit });
    await page.getByRole("checkbox", { name: "Lähityöntekijä" }).check();
    await page.getByRole("button", { name: "Luo käyttäjä ja lähetä kutsu" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Käyttäjä on luotu ja kutsu lähetetty." })).toBeVisible();
    const userPage = page.url();
    const worker = await db.user.findUniqueOrThrow({ where: { email } });
    expect(worker).toMatchObject({ roles: ["FRONTLINE_WORKER"], passwordHash: null, active: true });

    // The worker, in a browser of their own, follows the link and sets a password.
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { toAddress: email } });
    const link = /\/account\/set-password\/[A-Za-z0-9_-]{43}/.exec(mail.textBody)?.[0];
    expect(link, "the invitation carries a set-password link").toBeTruthy();
    const context = await browser.newContext();
    const own = await context.newPage();
    await own.goto(link!);
    await own.getByLabel("Uusi salasana", { exact: true }).fill("Syksyn-ensilumi-sataa-2026");
    await own.getByLabel("Uusi salasana uudelleen", { exact: true }).fill("Syksyn-ensilumi-sataa-2026");
    await own.getByRole("button", { name: "Tallenna salasana" }).click();
    await expect(own).toHaveURL(/\/login\?passwordSet=1$/);
    await signIn(own, email, "Syksyn-ensilumi-sataa-2026");

    // A family of the worker's area, with consent covering both professions; the worker convenes
    // and the convening page offers exactly the team the admin made, in the room the admin made.
    const family = await buildCollaboration(db, worker, area);
    for (const g of family.guardians) {
      await db.consent.create({ data: { collaborationId: family.id, guardianId: g.id, method: "VERBAL", givenOn: new Date(Date.now() - 86_400_000), invitableExpertise: ["PSYCHOLOGIST", "FAMILY_WORKER"], recordedById: worker.id } });
    }
    await own.goto(`/families/${family.id}/convene`);
    await expect(own.getByRole("heading", { level: 1, name: "Koollekutsuminen" })).toBeVisible();
    await expectAccessible(own);
    await own.getByLabel(new RegExp(psychologist.name)).check();
    await own.getByLabel(new RegExp(familyWorker.name)).check();
    await own.getByRole("button", { name: "Ehdota aikoja" }).click();
    await own.getByRole("group", { name: "Ehdotetut ajat" }).getByRole("radio").first().check();
    await expect(own.getByLabel("Tila", { exact: true }).locator("option:checked")).toContainText(room);
    await own.getByRole("button", { name: "Varaa aika ja lähetä kutsut" }).click();
    await expect(own.getByRole("status").first()).toContainText("Yhteinen aika on varattu ja kutsut lähetetty.");
    const meeting = await db.jointMeeting.findFirstOrThrow({ where: { collaborationId: family.id }, include: { roomBooking: { include: { room: true } }, invitations: true } });
    expect(meeting.roomBooking?.room.name).toBe(room);
    expect(meeting.invitations.map((i) => i.userId).sort()).toEqual([psychologist.id, familyWorker.id].sort());

    // The admin deactivates the worker, who is still signed in: their next click is the sign-in page.
    await page.goto(userPage);
    await page.getByRole("button", { name: "Poista käytöstä" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Käyttäjä on poistettu käytöstä." })).toBeVisible();
    await own.getByRole("link", { name: "Omat perheet" }).click();
    await expect(own).toHaveURL(/\/login/);
    await expect(own.getByText(family.guardians[0]!.lastName)).toHaveCount(0);
    await context.close();
  });
});
