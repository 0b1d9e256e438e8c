// Dates and times in the page's language, not the browser's: this browser is set to American English
// and New York time, and the Finnish page still asks for d.M.yyyy and HH.mm (a native date input
// would show mm/dd/yyyy and a 12-hour clock). A typed text that is not a real day is refused next to
// its field and stays as typed; the calendar popup works by keyboard alone; what is saved is the
// Helsinki wall-clock time, right across the spring DST change. axe-core checks every state.
import { test, expect, signIn, expectAccessible } from "./fixtures.ts";
import { buildOrganisation, buildUser } from "../fixtures/builders.ts";

test.use({ locale: "en-US", timezoneId: "America/New_York" });

const DATE_ERROR = "Päivämäärää ei tunnistettu. Kirjoita se muodossa p.k.vvvv, esimerkiksi 31.12.2027.";
const TIME_ERROR = "Kellonaikaa ei tunnistettu. Kirjoita se muodossa tt.mm, esimerkiksi 09.30.";

test.describe("date and time fields", () => {
  test("are Finnish in an en-US browser, refuse what is not a day, and pick from the calendar by keyboard", async ({ page, db }) => {
    const org = await buildOrganisation(db);
    const worker = await buildUser(db, { roles: ["TEAM_MEMBER"], unitId: org.unit.id });
    await signIn(page, worker.email);
    await page.getByRole("link", { name: "Oma kalenteri" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Oma kalenteri" })).toBeVisible();

    const startDate = page.getByLabel("Alkaa (päivä)");
    const startTime = page.getByLabel("Alkaa (kellonaika)");
    const endDate = page.getByLabel("Päättyy (päivä)");
    const endTime = page.getByLabel("Päättyy (kellonaika)");
    // Today, in Helsinki, in the Finnish format; the default times on a 24-hour clock with a period.
    const today = new Intl.DateTimeFormat("fi-FI", { timeZone: "Europe/Helsinki", day: "numeric", month: "numeric", year: "numeric" }).format(new Date());
    await expect(startDate).toHaveValue(today);
    await expect(startTime).toHaveValue("08.00");
    await expect(endTime).toHaveValue("16.00");
    await expect(startDate).toHaveAttribute("type", "text");
    await expect(page.getByText("Muoto p.k.vvvv, esim. 31.12.2027").first()).toBeVisible();
    await expectAccessible(page);

    // Not a real day, or not the page's format: refused next to the field, the text kept, nothing saved.
    for (const typed of ["31.2.2027", "2027-13-01", "12/31/2027"]) {
      await startDate.fill(typed);
      await page.getByRole("button", { name: "Tallenna poissaolo" }).click();
      await expect(page.locator("#absence-startDate-error")).toHaveText(DATE_ERROR);
      await expect(startDate).toHaveValue(typed);
      await expect(startDate).toHaveAttribute("aria-invalid", "true");
    }
    await startTime.fill("25.00");
    await page.getByRole("button", { name: "Tallenna poissaolo" }).click();
    await expect(page.locator("#absence-startTime-error")).toHaveText(TIME_ERROR);
    await expect(startTime).toHaveValue("25.00");
    await expectAccessible(page);
    expect(await db.userAbsence.count({ where: { userId: worker.id } })).toBe(0);

    // By keyboard: type a day, open the calendar from its button, move a day on, choose it.
    await startDate.fill("");
    await startDate.focus();
    await page.keyboard.type("27.3.2027");
    await page.keyboard.press("Tab");
    const calendarButton = page.getByRole("button", { name: "Valitse päivä kalenterista", description: "Alkaa (päivä)" });
    await expect(calendarButton).toBeFocused();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Kalenteri: Alkaa (päivä)" });
    await expect(dialog).toBeVisible();
    // The calendar is in Finnish too: month names and weekdays, Monday first.
    await expect(dialog.getByRole("heading")).toHaveText(/maaliskuu(ta)? 2027/i);
    await expect(dialog.getByRole("gridcell").first()).toHaveAccessibleName("maanantaina 1. maaliskuuta 2027");
    await expectAccessible(page);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await expect(dialog).toBeHidden();
    await expect(startDate).toHaveValue("28.3.2027");
    await expect(calendarButton).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(startTime).toBeFocused();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("10.00");
    await endDate.fill("29.3.2027");
    await endTime.fill("9.30");
    await endTime.focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.getByText("Poissaolo on tallennettu.")).toBeVisible();
    await expectAccessible(page);

    // Helsinki wall clock: 10.00 on the day summer time begins is 07.00 UTC; 9.30 the next day 06.30 UTC.
    const absence = await db.userAbsence.findFirstOrThrow({ where: { userId: worker.id } });
    expect(absence.startsAt.toISOString()).toBe("2027-03-28T07:00:00.000Z");
    expect(absence.endsAt.toISOString()).toBe("2027-03-29T06:30:00.000Z");
    await expect(page.getByRole("button", { name: /Poista poissaolo 28\.3\.2027 10\.00 – 29\.3\.2027 9\.30/ })).toBeVisible();
  });

  test("follow the page when it is switched to English (d/M/yyyy, HH:mm) or Swedish (d.M.yyyy, HH.mm)", async ({ page, db }) => {
    const org = await buildOrganisation(db);
    const worker = await buildUser(db, { roles: ["TEAM_MEMBER"], unitId: org.unit.id });
    await signIn(page, worker.email);
    await page.goto("/calendar");
    await page.getByLabel("Kieli").selectOption("en");
    await page.getByRole("button", { name: "OK" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My calendar" })).toBeVisible();
    const today = new Intl.DateTimeFormat("en-IE", { timeZone: "Europe/Helsinki", day: "numeric", month: "numeric", year: "numeric" }).format(new Date());
    await expect(page.getByLabel("Starts (date)")).toHaveValue(today);
    await expect(page.getByLabel("Starts (time)")).toHaveValue("08:00");
    await expect(page.getByText("Format d/m/yyyy, e.g. 31/12/2027").first()).toBeVisible();
    await page.getByLabel("Starts (date)").fill("31.12.2027");
    await page.getByRole("button", { name: "Save the absence" }).click();
    await expect(page.locator("#absence-startDate-error")).toHaveText("The date was not recognised. Type it as d/m/yyyy, for example 31/12/2027.");
    await expectAccessible(page);

    await page.getByLabel("Language", { exact: true }).selectOption("sv");
    await page.getByRole("button", { name: "OK" }).click();
    await expect(page.getByText("Formen d.m.åååå, t.ex. 31.12.2027").first()).toBeVisible();
    await expect(page.getByLabel("Börjar (klockslag)")).toHaveValue("08.00");
  });
});
