import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sso"))("refusedTitle"), robots: { index: false, follow: false } };
}

/**
 * Where a single sign-on that the product refused ends (lib/auth/oidc-sign-in.ts): the provider
 * knew the person, this service has no active account for them. One page for "no account" and
 * "deactivated", so it tells nobody more than that; it says who can help and leads back.
 */
export default async function SsoRefusedPage() {
  const t = await getTranslations("sso");
  return (
    <div className="login-box">
      <h1>{t("refusedTitle")}</h1>
      <p className="lead">{t("refusedLead")}</p>
      <p>{t("refusedWhy")}</p>
      <h2>{t("refusedContactTitle")}</h2>
      <p>{t("refusedContact")}</p>
      <p>
        <Link href="/login" className="button secondary">
          {t("refusedBack")}
        </Link>
      </p>
    </div>
  );
}
