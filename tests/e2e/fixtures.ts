// e2e fixtures: each test builds its own unique users and data directly in the e2e server's
// database (over the same wire protocol the app uses), signs in through the real form, and checks
// every page it visits with axe-core.
import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { createPrismaClient, type Db } from "../../lib/db/create-client.ts";
import { FIXTURE_PASSWORD } from "../fixtures/builders.ts";

const DB_URL = `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_DB_PORT ?? 5544}/postgres?sslmode=disable`;

export const test = base.extend<{ db: Db }>({
  // eslint-disable-next-line no-empty-pattern
  db: async ({}, use) => {
    const db = createPrismaClient(DB_URL);
    await use(db);
    await db.$disconnect();
  },
});
export { expect };

/** Signs in through the real form and waits until the user has landed on their own page. */
export async function signIn(page: Page, email: string, password = FIXTURE_PASSWORD) {
  await submitSignIn(page, email, password);
  // "/" only forwards to the role's own page: wait for that, or a goto right after would be cut short.
  await page.waitForURL((url) => !url.pathname.startsWith("/login") && url.pathname !== "/");
  await page.waitForLoadState("load");
}

/** Fills and sends the sign-in form without expecting success. */
export async function submitSignIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Sähköpostiosoite").fill(email);
  await page.getByLabel("Salasana").fill(password);
  await page.getByRole("button", { name: "Kirjaudu", exact: true }).click();
}

/** WCAG 2.1 AA: zero axe violations on the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
