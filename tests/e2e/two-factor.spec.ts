// Two-factor authentication (issue 13, item 4): enrolment with the QR code or the key as text,
// ten recovery codes once, sign-in with a code and with a recovery code, a wrong code refused.
// The per-role requirement is in two-factor-role-policy.spec.ts (it changes a setting for everyone).
import { test, expect, signIn, submitSignIn, expectAccessible } from "./fixtures.ts";
import { buildOrganisation, buildUser, FIXTURE_PASSWORD } from "../fixtures/builders.ts";
import { enrolOnPage, signOut, totpCode } from "./two-factor-steps.ts";

test.describe("two-factor authentication", () => {
  test("a worker turns on TOTP, then signs in with a code, a recovery code, and a wrong code is refused", async ({ page, db }) => {
    const org = await buildOrganisation(db);
    const worker = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
    await signIn(page, worker.email);
    await page.getByRole("link", { name: "Oma tili" }).click();
    await expect(page.getByText("Ei käytössä.")).toBeVisible();
    await page.getByRole("link", { name: "Kaksivaiheisen tunnistautumisen asetukset" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Kaksivaiheinen tunnistautuminen" })).toBeVisible();
    await expectAccessible(page);
    const { secret, recoveryCodes } = await enrolOnPage(page);
    const stored = await db.user.findUniqueOrThrow({ where: { id: worker.id } });
    expect(stored.totpSecretEncrypted).not.toContain(secret);
    await page.getByRole("link", { name: "Jatka palveluun" }).click();
    await expect(page.getByText("Käytössä.")).toBeVisible();
    await signOut(page);

    // The password alone is not enough: the form asks for the code and keeps e-mail and password.
    await submitSignIn(page, worker.email, FIXTURE_PASSWORD);
    await expect(page.getByLabel("Vahvistuskoodi")).toBeFocused();
    await expect(page.getByLabel("Sähköpostiosoite")).toHaveValue(worker.email);
    await expectAccessible(page);
    await page.getByLabel("Vahvistuskoodi").fill("12345");
    await page.getByRole("button", { name: "Vahvista" }).click();
    await expect(page.locator("main [role=alert]")).toHaveText("Koodi ei kelpaa. Tarkista koodi ja yritä uudelleen.");
    await expect(page).toHaveURL(/\/login$/);
    await expectAccessible(page);

    // The code of the next time step (the one used at enrolment is spent).
    await page.getByLabel("Vahvistuskoodi").fill(totpCode(secret, 1));
    await page.getByRole("button", { name: "Vahvista" }).click();
    await page.waitForURL(/\/families$/);
    await signOut(page);

    // A recovery code instead of the phone; it works once.
    await submitSignIn(page, worker.email, FIXTURE_PASSWORD);
    await page.getByRole("button", { name: "Käytä varakoodia" }).click();
    await expect(page.getByLabel("Varakoodi")).toBeFocused();
    await expectAccessible(page);
    await page.getByLabel("Varakoodi").fill(recoveryCodes[0]!);
    await page.getByRole("button", { name: "Vahvista" }).click();
    await page.waitForURL(/\/families$/);
    await signOut(page);

    await submitSignIn(page, worker.email, FIXTURE_PASSWORD);
    await page.getByRole("button", { name: "Käytä varakoodia" }).click();
    await page.getByLabel("Varakoodi").fill(recoveryCodes[0]!);
    await page.getByRole("button", { name: "Vahvista" }).click();
    await expect(page.locator("main [role=alert]")).toHaveText("Koodi ei kelpaa. Tarkista koodi ja yritä uudelleen.");
    await expect(page).toHaveURL(/\/login$/);

    const actions = (await db.auditEvent.findMany({ where: { actorId: worker.id, kind: "AUTH" }, select: { action: true } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["account.two_factor.enabled", "signin.two_factor_failed", "signin.succeeded", "signout"]));
  });
});
