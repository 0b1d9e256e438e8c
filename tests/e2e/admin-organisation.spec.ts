// Issue 13, item 1: the admin builds the organisation through the UI — a municipality with its
// language and an area, a unit with its sector, a room (by keyboard alone, through the capacity
// errors 0 and 10,000), a team (through the "no area" error) with two members found by search —
// and retires the room and removes one member again. Bad input shows a translated error next to the field with the typed values
// kept and writes nothing. Every page and state passes axe. A non-admin gets 404 on every page.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect, signIn, expectAccessible } from "./fixtures.ts";
import { tabTo, startAtTop } from "./keyboard.ts";
import { buildOrganisation, buildUser } from "../fixtures/builders.ts";

const CAPACITY_ERROR = "Anna henkilömäärä kokonaislukuna 1–200.";

/** Searches a list by its search box and opens the row's link. */
async function openFromList(page: Page, searchLabel: string, name: string) {
  await page.getByLabel(searchLabel).fill(name);
  await page.getByRole("button", { name: "Hae", exact: true }).click();
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test.describe("admin organisation", () => {
  test("an admin creates a municipality, an area, a unit, a room and a team with two members, and retires the room", async ({ page, db }) => {
    const tag = randomUUID().slice(0, 8);
    const county = await db.county.create({ data: { name: `Testin hyvinvointialue ${tag}` } });
    const admin = await buildUser(db, { roles: ["ADMIN"] });
    const psychologist = await buildUser(db, { roles: ["TEAM_MEMBER"], name: `Pirkko Psykologi ${tag}` });
    const familyWorker = await buildUser(db, { roles: ["TEAM_MEMBER"], name: `Pertti Perhetyö ${tag}` });
    const municipality = `Kunta ${tag}`;
    const area = `Alue ${tag}`;
    const unit = `Koulu ${tag}`;
    const room = `Neuvotteluhuone ${tag}`;
    const team = `Tiimi ${tag}`;

    await signIn(page, admin.email);

    // Municipality with its Swedish name and language.
    await page.goto("/admin/organisation");
    await expect(page.getByRole("heading", { level: 1, name: "Kunnat ja alueet" })).toBeVisible();
    await expectAccessible(page);
    await page.locator("#new-municipality-name").fill(municipality);
    await page.locator("#new-municipality-nameSv").fill(`Kommun ${tag}`);
    await page.locator("#new-municipality-language").selectOption({ label: "Kaksikielinen" });
    await page.locator("#new-municipality-countyId").selectOption({ label: county.name });
    await page.getByRole("button", { name: "Lisää kunta" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Tallennettu." })).toBeVisible();
    await openFromList(page, "Hae kuntaa nimellä", municipality);
    await expectAccessible(page);
    const m = await db.municipality.findUniqueOrThrow({ where: { name: municipality } });
    expect(m).toMatchObject({ nameSv: `Kommun ${tag}`, language: "BILINGUAL", countyId: county.id, active: true });

    // Its area.
    await page.locator("#new-area-name").fill(area);
    await page.getByRole("button", { name: "Lisää alue" }).click();
    await expect(page.getByText(area, { exact: true })).toBeVisible();
    await expectAccessible(page);

    // A unit of that area, with its sector.
    await page.goto("/admin/units");
    await expectAccessible(page);
    await page.locator("#new-unit-name").fill(unit);
    await page.locator("#new-unit-areaId").selectOption({ label: `${municipality}: ${area}` });
    await page.locator("#new-unit-sector").selectOption({ label: "Koulu" });
    await page.getByRole("button", { name: "Lisää yksikkö" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Tallennettu." })).toBeVisible();
    // The same name again in the same area: a field error (not a 500), the typed values kept.
    await page.locator("#new-unit-name").fill(unit);
    await page.locator("#new-unit-areaId").selectOption({ label: `${municipality}: ${area}` });
    await page.getByRole("button", { name: "Lisää yksikkö" }).click();
    await expect(page.locator("#new-unit-name-error")).toHaveText("Tällä nimellä on jo rivi. Valitse toinen nimi.");
    await expect(page.locator("#new-unit-name")).toBeFocused();
    await expect(page.locator("#new-unit-name")).toHaveValue(unit);
    await expectAccessible(page);
    expect(await db.unit.count({ where: { name: unit } })).toBe(1);
    await openFromList(page, "Hae yksikköä, aluetta tai kuntaa", unit);
    await expect(page.locator("#unit-sector")).toHaveValue("SCHOOL");
    await expectAccessible(page);
    const u = await db.unit.findFirstOrThrow({ where: { name: unit } });

    // A room by keyboard alone: capacity 0 and 10,000 are refused next to the field, values kept.
    await startAtTop(page);
    await tabTo(page, page.locator("#new-room-name"));
    await page.keyboard.type(room);
    await page.keyboard.press("Tab");
    await expect(page.locator("#new-room-capacity")).toBeFocused();
    await page.keyboard.type("0");
    await page.keyboard.press("Enter");
    const capacityError = page.locator("#new-room-capacity-error");
    await expect(capacityError).toHaveText(CAPACITY_ERROR);
    await expect(page.locator("#new-room-capacity")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#new-room-capacity")).toHaveAttribute("aria-describedby", /new-room-capacity-error/);
    await expect(page.locator("#new-room-capacity")).toHaveValue("0");
    await expect(page.locator("#new-room-name")).toHaveValue(room);
    await expectAccessible(page);
    await page.locator("#new-room-capacity").focus();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("10000");
    await page.keyboard.press("Enter");
    await expect(capacityError).toHaveText(CAPACITY_ERROR);
    await expect(page.locator("#new-room-capacity")).toHaveValue("10000");
    await expect(page.locator("#new-room-name")).toHaveValue(room);
    await expectAccessible(page);
    expect(await db.room.count({ where: { unitId: u.id } })).toBe(0);
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("6");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "Tallennettu." })).toBeVisible();
    await expect(page.getByRole("button", { name: `Poista käytöstä: ${room}` })).toBeVisible();
    const r = await db.room.findFirstOrThrow({ where: { unitId: u.id, name: room } });
    expect(r).toMatchObject({ capacity: 6, accessible: true, active: true });

    // Retire the room: it stays, marked retired, and can be reactivated.
    await page.getByRole("button", { name: `Poista käytöstä: ${room}` }).click();
    await expect(page.getByRole("button", { name: `Ota uudelleen käyttöön: ${room}` })).toBeVisible();
    expect((await db.room.findUniqueOrThrow({ where: { id: r.id } })).active).toBe(false);
    await expectAccessible(page);

    // A team: without an area it is refused next to the area field, the typed name kept.
    await page.goto("/admin/teams");
    await expectAccessible(page);
    await page.locator("#new-team-name").fill(team);
    await page.getByRole("button", { name: "Lisää tiimi" }).click();
    await expect(page.locator("#new-team-areaId-error")).toHaveText("Valitse alue.");
    await expect(page.locator("#new-team-name")).toHaveValue(team);
    await expectAccessible(page);
    expect(await db.familyCentreTeam.count({ where: { name: team } })).toBe(0);
    await page.locator("#new-team-areaId").selectOption({ label: `${municipality}: ${area}` });
    await page.getByRole("button", { name: "Lisää tiimi" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Tallennettu." })).toBeVisible();
    await openFromList(page, "Hae tiimiä tai aluetta", team);
    await expectAccessible(page);

    // Two members, found by searching (never a list of every user).
    for (const [person, expertise] of [
      [psychologist, "Psykologi"],
      [familyWorker, "Perhetyöntekijä"],
    ] as const) {
      await page.getByLabel("Hae käyttäjää nimellä tai sähköpostilla").fill(person.name);
      await page.getByRole("button", { name: "Hae", exact: true }).click();
      await expect(page.getByRole("heading", { name: "Hakutulokset" })).toBeVisible();
      await expectAccessible(page);
      await page.getByLabel(`Osaaminen: ${person.name}`).selectOption({ label: expertise });
      await page.getByRole("button", { name: `Lisää tiimiin: ${person.name}` }).click();
      await expect(page.getByRole("button", { name: `Poista tiimistä: ${person.name}, ${expertise}` })).toBeVisible();
    }
    await expectAccessible(page);
    const both = await db.teamMember.count({ where: { team: { name: team }, active: true } });
    expect(both).toBe(2);

    // Removing one: no longer a member (kept as inactive, so history and re-adding work).
    await page.getByRole("button", { name: `Poista tiimistä: ${familyWorker.name}, Perhetyöntekijä` }).click();
    await expect(page.getByRole("button", { name: `Poista tiimistä: ${familyWorker.name}, Perhetyöntekijä` })).toHaveCount(0);
    await expectAccessible(page);
    const t = await db.familyCentreTeam.findUniqueOrThrow({ where: { name: team }, include: { members: { where: { active: true } } } });
    expect(t.areaId).toBe((await db.area.findFirstOrThrow({ where: { name: area } })).id);
    expect(t.members.map((x) => [x.userId, x.expertise])).toEqual([[psychologist.id, "PSYCHOLOGIST"]]);
    expect(await db.teamMember.findFirstOrThrow({ where: { teamId: t.id, userId: familyWorker.id } })).toMatchObject({ expertise: "FAMILY_WORKER", active: false });
    const actions = await db.auditEvent.findMany({ where: { actorId: admin.id, action: { startsWith: "admin." } }, select: { action: true } });
    expect(new Set(actions.map((a) => a.action))).toEqual(
      new Set(["admin.municipality.create", "admin.area.create", "admin.unit.create", "admin.room.create", "admin.room.retire", "admin.team.create", "admin.teamMember.add", "admin.teamMember.remove"]),
    );
  });

  test("a non-admin gets 404 on every organisation page", async ({ page, db }) => {
    const org = await buildOrganisation(db);
    const team = await db.familyCentreTeam.create({ data: { name: `Tiimi ${randomUUID().slice(0, 8)}`, areaId: org.area.id } });
    const worker = await buildUser(db, { roles: ["FRONTLINE_WORKER", "TEAM_MEMBER", "COORDINATOR"], unitId: org.unit.id });
    await signIn(page, worker.email);
    for (const path of ["/admin/organisation", `/admin/organisation/${org.municipality.id}`, "/admin/units", `/admin/units/${org.unit.id}`, "/admin/teams", `/admin/teams/${team.id}`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByText(org.municipality.name)).toHaveCount(0);
    }
  });
});
