// Shared steps of the two-factor e2e specs: a TOTP code as an authenticator app computes it, the
// enrolment on /account/two-factor, and signing out.
import type { Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { expect, expectAccessible } from "./fixtures.ts";

export function totpCode(secret: string, offsetSteps = 0): string {
  return new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offsetSteps * 30_000 });
}

/** On /account/two-factor: turn on, read the key shown as text, confirm; returns key and recovery codes. */
export async function enrolOnPage(page: Page, { checkAccessibility = true } = {}) {
  await page.getByRole("button", { name: "Ota käyttöön" }).click();
  await expect(page.getByRole("img", { name: /QR-koodi todennussovellukseen/ })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s+/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  if (checkAccessibility) await expectAccessible(page);

  // A wrong code first: refused next to the field.
  const right = totpCode(secret);
  await page.getByLabel("Koodi", { exact: true }).fill(right === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "Vahvista ja ota käyttöön" }).click();
  await expect(page.locator("#confirm-code-error")).toHaveText("Koodi ei kelpaa. Tarkista koodi ja yritä uudelleen.");
  if (checkAccessibility) await expectAccessible(page);

  await page.getByLabel("Koodi", { exact: true }).fill(totpCode(secret));
  await page.getByRole("button", { name: "Vahvista ja ota käyttöön" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Varakoodit" })).toBeFocused();
  const codes = await page.getByRole("list", { name: "Varakoodit" }).getByRole("listitem").allInnerTexts();
  expect(codes).toHaveLength(10);
  if (checkAccessibility) await expectAccessible(page);
  return { secret, recoveryCodes: codes.map((c) => c.trim()) };
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Kirjaudu ulos" }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);
}
