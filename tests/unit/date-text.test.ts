// Dates and times are typed and shown in the page's language, whatever the browser's own locale:
// Finnish and Swedish d.M.yyyy and HH.mm, English d/M/yyyy and HH:mm; what the form sends on is the
// wall-clock string the native inputs sent, and a text that is not a real day is not turned into one.
import { describe, expect, it } from "vitest";
import { formDate } from "@/lib/validation/wall-clock.ts";
import { formatDateText, formatTimeText, isCalendarDay, parseDateText, parseTimeText } from "@/lib/time/date-text.ts";

describe("dates as typed", () => {
  it("reads the page's own format into the form's yyyy-MM-dd value", () => {
    expect(parseDateText("31.12.2027", "fi")).toBe("2027-12-31");
    expect(parseDateText("1.3.2027", "sv")).toBe("2027-03-01");
    expect(parseDateText(" 01.03.2027 ", "fi")).toBe("2027-03-01");
    expect(parseDateText("31/12/2027", "en")).toBe("2027-12-31");
    expect(parseDateText("29.2.2028", "fi")).toBe("2028-02-29");
  });

  it("refuses what is not a real day in the page's format (never rolls it over to another day)", () => {
    for (const text of ["31.2.2027", "29.2.2027", "2027-13-01", "2027-01-13", "12/31/2027", "0.1.2027", "1.0.2027", "1.1.27", "", "abc"]) expect(parseDateText(text, "fi"), text).toBeNull();
    // The American order on an English page is refused, not read as another day.
    expect(parseDateText("12/31/2027", "en")).toBeNull();
    expect(parseDateText("31.12.2027", "en")).toBeNull();
    expect(isCalendarDay(2027, 2, 28)).toBe(true);
    expect(isCalendarDay(2027, 2, 29)).toBe(false);
  });

  it("shows a stored value in the page's format", () => {
    expect(formatDateText("2027-03-01", "fi")).toBe("1.3.2027");
    expect(formatDateText("2027-03-01", "sv")).toBe("1.3.2027");
    expect(formatDateText("2027-03-01", "en")).toBe("1/3/2027");
    expect(formatDateText("", "fi")).toBe("");
    expect(formatDateText("31.2.2027", "fi")).toBe("");
  });

  it("round-trips every day of a year, the DST change days included", () => {
    for (let d = new Date(Date.UTC(2027, 0, 1)); d.getUTCFullYear() === 2027; d = new Date(d.getTime() + 86_400_000)) {
      const iso = d.toISOString().slice(0, 10);
      for (const locale of ["fi", "sv", "en"] as const) expect(parseDateText(formatDateText(iso, locale), locale)).toBe(iso);
    }
    // 28.3.2027 and 31.10.2027 are Helsinki's DST changes: a day is a day, with no clock involved.
    expect(parseDateText("28.3.2027", "fi")).toBe("2027-03-28");
    expect(parseDateText("31.10.2027", "fi")).toBe("2027-10-31");
  });

  it("the server's schema refuses a day that does not exist, as the field does", () => {
    expect(formDate.safeParse("2027-02-31").success).toBe(false);
    expect(formDate.safeParse("2027-13-01").success).toBe(false);
    expect(formDate.safeParse("2027-02-28").success).toBe(true);
  });
});

describe("times as typed", () => {
  it("reads H.mm and H:mm into HH:mm, and shows HH.mm (fi, sv) or HH:mm (en)", () => {
    expect(parseTimeText("9.30")).toBe("09:30");
    expect(parseTimeText("09.30")).toBe("09:30");
    expect(parseTimeText("23:59")).toBe("23:59");
    expect(formatTimeText("09:30", "fi")).toBe("09.30");
    expect(formatTimeText("09:30", "sv")).toBe("09.30");
    expect(formatTimeText("14:05", "en")).toBe("14:05");
  });

  it("refuses a time that is not on a 24-hour clock", () => {
    for (const text of ["24.00", "9.60", "9", "930", "9.3", "9:30 PM", "", "klo 9"]) expect(parseTimeText(text), text).toBeNull();
  });
});
