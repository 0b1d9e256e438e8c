import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser, TWO_FACTOR_SETUP_PATH, twoFactorEnrolmentDue } from "@/lib/auth/current-user.ts";
import { landingPath } from "@/lib/auth/session-user.ts";
import { getAccount } from "@/lib/account/get-account.ts";
import { formatSecret, totpUri } from "@/lib/auth/totp.ts";
import { QrCode } from "@/components/feedback/qr-code.tsx";
import { ConfirmTwoFactorForm, DisableTwoFactorForm, StartTwoFactorButton } from "@/components/account/two-factor-forms.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accountSecurity.twoFactor"))("title") };
}

export const dynamic = "force-dynamic";

/**
 * Two-factor authentication: off → "turn on" makes a secret (QR code and the key as text) → a code
 * confirms it → ten recovery codes, once. On → turn off with a current code (unless the role needs it).
 */
export default async function TwoFactorPage() {
  const user = await requireUser(TWO_FACTOR_SETUP_PATH, { allowTwoFactorEnrolment: true });
  const [account, due, t] = await Promise.all([getAccount(db, user), twoFactorEnrolmentDue(), getTranslations("accountSecurity.twoFactor")]);
  return (
    <>
      {!due && (
        <p>
          <Link href="/account">{t("back")}</Link>
        </p>
      )}
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {due && <p className="info">{t("required")}</p>}

      {account.twoFactorOn ? (
        <>
          <p className="notice">{t("onStatus")}</p>
          <section aria-labelledby="tf-disable">
            <h2 id="tf-disable">{t("disableTitle")}</h2>
            {account.required ? <p>{t("requiredCannotDisable")}</p> : <DisableTwoFactorForm />}
          </section>
        </>
      ) : account.pendingSecret ? (
        <>
          <section aria-labelledby="tf-scan">
            <h2 id="tf-scan">{t("step1")}</h2>
            <QrCode className="feedback-qr" value={totpUri(account.pendingSecret, account.email)} label={t("qrLabel")} />
            <p>{t("manual")}</p>
            <p>
              {t("secretLabel")}: <code data-testid="totp-secret">{formatSecret(account.pendingSecret)}</code>
            </p>
          </section>
          <section aria-labelledby="tf-confirm">
            <h2 id="tf-confirm">{t("step2")}</h2>
            <ConfirmTwoFactorForm continueHref={due ? landingPath(user) : "/account"} />
          </section>
        </>
      ) : (
        <StartTwoFactorButton />
      )}
    </>
  );
}
