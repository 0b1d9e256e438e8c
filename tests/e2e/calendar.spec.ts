// Oma kalenteri (issue 3 item 6): upcoming meetings and pending invitations, declared absences, and
// a personal feed URL behind a revocable secret that a calendar client can subscribe to.
import ICAL from "ical.js";
import { test, expect, signIn, expectAccessible } from "./fixtures.ts";
import { buildCollaboration, buildOrganisation, buildTeam, buildUser } from "../fixtures/builders.ts";

test.describe("my calendar", () => {
  test.slow();

  test("lists an invitation, takes a declared absence, and serves a feed that stops working when revoked", async ({ page, db, playwright, baseURL }) => {
    const org = await buildOrganisation(db);
    const worker = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
    const team = await buildTeam(db, org.area.id, ["PSYCHOLOGIST"]);
    const psychologist = team.members[0]!.user;
    const family = await buildCollaboration(db, worker, { id: org.area.id, municipalityId: org.municipality.id });
    const startsAt = new Date(Date.now() + 9 * 86_400_000);
    startsAt.setUTCHours(8, 0, 0, 0);
    const meeting = await db.jointMeeting.create({
      data: {
        collaborationId: family.id,
        municipalityId: org.municipality.id,
        areaId: org.area.id,
        kind: "JOINT",
        mode: "IN_PERSON",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 90 * 60_000),
        organizerId: worker.id,
        icsUid: `e2e-${family.id}@yhteinen-aika`,
        invitations: { create: { userId: psychologist.id, expertise: "PSYCHOLOGIST" } },
        roomBooking: { create: { roomId: org.room.id, startsAt, endsAt: new Date(startsAt.getTime() + 90 * 60_000) } },
      },
    });

    await signIn(page, psychologist.email);
    await page.getByRole("link", { name: "Oma kalenteri" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Oma kalenteri" })).toBeVisible();
    const pending = page.getByRole("region", { name: "Vastaamattomat kutsut" });
    await expect(pending.getByText(org.room.name)).toBeVisible();
    await expect(page.getByRole("cell", { name: /Kutsuttu · et ole vielä vastannut/ })).toBeVisible();
    await expect(page.getByText(family.guardians[0]!.lastName)).toHaveCount(0);
    await expectAccessible(page);

    // An absence: bad input first (end before start), then a real one, which can be removed.
    await page.getByLabel("Alkaa (päivä)").fill("2.5.2031");
    await page.getByLabel("Päättyy (päivä)").fill("1.5.2031");
    await page.getByRole("button", { name: "Tallenna poissaolo" }).click();
    await expect(page.locator("#absence-endDate-error")).toHaveText("Poissaolon loppu ei voi olla ennen sen alkua.");
    await expect(page.getByLabel("Alkaa (päivä)")).toHaveValue("2.5.2031");
    await expectAccessible(page);
    await page.getByLabel("Päättyy (päivä)").fill("3.5.2031");
    await page.getByRole("button", { name: "Tallenna poissaolo" }).click();
    await expect(page.getByText("Poissaolo on tallennettu.")).toBeVisible();
    await expect(page.getByRole("button", { name: /Poista poissaolo 2\.5\.2031 8\.00 – 3\.5\.2031 16\.00/ })).toBeVisible();
    expect(await db.userAbsence.count({ where: { userId: psychologist.id } })).toBe(1);
    await page.getByRole("button", { name: /Poista poissaolo/ }).click();
    await expect(page.getByText("Ei ilmoitettuja poissaoloja.")).toBeVisible();

    // The feed: created once, shown once, parsed by a real calendar parser, then revoked.
    await page.getByRole("button", { name: "Luo tilausosoite" }).click();
    const urlField = page.getByLabel("Kalenterin tilausosoite");
    await expect(urlField).toBeVisible();
    const feedUrl = await urlField.inputValue();
    expect(feedUrl).toMatch(/\/calendar-feed\/[A-Za-z0-9_-]{40,}$/);
    await expectAccessible(page);

    const calendarClient = await playwright.request.newContext({ baseURL });
    const path = new URL(feedUrl).pathname;
    const response = await calendarClient.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/calendar");
    const body = await response.text();
    expect(body).not.toContain(family.guardians[0]!.lastName);
    const vcal = new ICAL.Component(ICAL.parse(body));
    const events = vcal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const event = events.find((e) => e.uid === meeting.icsUid);
    expect(event?.startDate.toJSDate().getTime()).toBe(startsAt.getTime());
    expect(event?.location).toContain(org.room.name);

    await page.getByRole("button", { name: "Peru tilausosoite" }).click();
    await expect(page.getByText("Tilausosoite on peruttu.")).toBeVisible();
    expect((await calendarClient.get(path)).status()).toBe(404);
    expect((await calendarClient.get("/calendar-feed/not-a-token")).status()).toBe(404);
    await calendarClient.dispose();
  });

  test("the convener sees the meeting with the answers so far", async ({ page, db }) => {
    const org = await buildOrganisation(db);
    const worker = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
    const team = await buildTeam(db, org.area.id, ["PSYCHOLOGIST", "FAMILY_WORKER"]);
    const family = await buildCollaboration(db, worker, { id: org.area.id, municipalityId: org.municipality.id });
    const startsAt = new Date(Date.now() + 5 * 86_400_000);
    await db.jointMeeting.create({
      data: {
        collaborationId: family.id,
        municipalityId: org.municipality.id,
        areaId: org.area.id,
        kind: "JOINT",
        mode: "REMOTE",
        onlineUrl: "https://meet.example/abc",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 60 * 60_000),
        organizerId: worker.id,
        icsUid: `e2e-${family.id}@yhteinen-aika`,
        invitations: {
          create: [
            { userId: team.members[0]!.user.id, status: "ACCEPTED" },
            { userId: team.members[1]!.user.id, status: "PENDING" },
          ],
        },
      },
    });
    await signIn(page, worker.email);
    await page.getByRole("link", { name: "Oma kalenteri" }).click();
    await expect(page.getByRole("cell", { name: /Koollekutsuja · Vastaukset: 1 tulee, 0 ei pääse, 1 ei vielä vastannut/ })).toBeVisible();
    await expect(page.getByRole("table").getByRole("link", { name: "Yhteinen aika" })).toHaveAttribute("href", `/families/${family.id}`);
    await expectAccessible(page);
  });
});
