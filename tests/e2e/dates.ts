// Typing dates and times the way a person does on a Finnish page (d.M.yyyy, HH.mm), whatever the
// browser's own locale: the fields are text boxes in the page's format (components/ui/date-fields.tsx).
import type { Locator, Page } from "@playwright/test";

/** "2031-05-02" → "2.5.2031" */
export function fiDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${Number(d)}.${Number(m)}.${y}`;
}

/** "10:00" → "10.00" */
export const fiTime = (hhmm: string): string => hhmm.replace(":", ".");

/** A date-time group (the old datetime-local): its day box and its time box. */
export function dateTimeParts(scope: Page | Locator, label: string) {
  return {
    day: scope.getByRole("textbox", { name: `${label} Päivä`, exact: true }),
    time: scope.getByRole("textbox", { name: `${label} Kellonaika`, exact: true }),
  };
}

/** Fills a date-time group from "2031-05-02T10:00". */
export async function fillDateTime(scope: Page | Locator, label: string, value: string) {
  const [day, time] = value.split("T") as [string, string];
  const parts = dateTimeParts(scope, label);
  await parts.day.fill(fiDate(day));
  await parts.time.fill(fiTime(time));
}
