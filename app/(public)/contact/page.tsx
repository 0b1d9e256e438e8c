import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { isLocale } from "@/lib/i18n/config.ts";
import { listPublicMunicipalities } from "@/lib/contact/municipalities.ts";
import { retentionMonths } from "@/lib/contact/retention.ts";
import { ContactForm } from "@/components/contact/contact-form.tsx";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contact.form"))("title") };
}

/**
 * Sähköinen yhteydenotto: the public, plain-language contact page (no sign-in). It says what happens
 * next and who reads the message before asking anything, then the form.
 */
export default async function ContactPage() {
  const t = await getTranslations("contact.form");
  const current = await getLocale();
  const locale = isLocale(current) ? current : "fi";
  const municipalities = await listPublicMunicipalities(db, locale);
  return (
    <div className="contact-public">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <h2>{t("nextTitle")}</h2>
      <ol>
        <li>{t("next1")}</li>
        <li>{t("next2")}</li>
        <li>{t("next3")}</li>
        <li>{t("next4")}</li>
      </ol>
      <p className="notice">{t("emergency")}</p>
      <ContactForm municipalities={municipalities} locale={locale} retentionMonths={retentionMonths()} />
    </div>
  );
}
