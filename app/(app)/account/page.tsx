import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { getAccount } from "@/lib/account/get-account.ts";
import { ChangePasswordForm } from "@/components/account/change-password-form.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accountSecurity.account"))("title") };
}

/** Oma tili: the signed-in user's own details, password change and two-factor status. */
export default async function AccountPage() {
  const user = await requireUser("/account");
  const [account, t, tr] = await Promise.all([getAccount(db, user), getTranslations("accountSecurity.account"), getTranslations("roles")]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>

      <section aria-labelledby="account-details">
        <h2 id="account-details">{t("details")}</h2>
        <dl className="facts">
          <dt>{t("name")}</dt>
          <dd>{account.name}</dd>
          <dt>{t("email")}</dt>
          <dd>{account.email}</dd>
          <dt>{t("roles")}</dt>
          <dd>{account.roles.map((r) => tr(r)).join(", ")}</dd>
        </dl>
      </section>

      <section aria-labelledby="account-password">
        <h2 id="account-password">{t("passwordTitle")}</h2>
        {account.hasPassword ? (
          <>
            <p>{t("passwordIntro")}</p>
            <ChangePasswordForm />
          </>
        ) : (
          <p>{t("ssoOnly")}</p>
        )}
      </section>

      <section aria-labelledby="account-two-factor">
        <h2 id="account-two-factor">{t("twoFactorTitle")}</h2>
        <p>{account.twoFactorOn ? t("twoFactorOn") : t("twoFactorOff")}</p>
        <p>
          <Link href="/account/two-factor">{t("manageTwoFactor")}</Link>
        </p>
      </section>
    </>
  );
}
