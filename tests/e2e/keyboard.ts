// Keyboard-only helpers for the e2e specs: they move focus the way a keyboard user does, so a step
// passes only if the control is really reachable without a mouse.
import type { Locator, Page } from "@playwright/test";

/** Presses Tab until `target` has focus: proves it is reachable by keyboard, without clicking. */
export async function tabTo(page: Page, target: Locator, max = 250) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`not reachable with Tab: ${target.toString()}`);
}

/** Puts the keyboard focus back at the start of the document, as after loading the page. */
export async function startAtTop(page: Page) {
  await page.locator("body").evaluate((b) => (b as HTMLElement).focus());
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}
