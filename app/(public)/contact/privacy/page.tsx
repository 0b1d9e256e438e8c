import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { retentionMonths } from "@/lib/contact/retention.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contact.privacy"))("title") };
}

const SECTIONS = ["controller", "purpose", "data", "who", "retention", "technical", "rights"] as const;

/** The full privacy notice of the contact form, linked from it. */
export default async function ContactPrivacyPage() {
  const t = await getTranslations("contact.privacy");
  const months = retentionMonths();
  return (
    <article className="contact-public">
      <h1>{t("title")}</h1>
      {SECTIONS.map((s) => (
        <section key={s}>
          <h2>{t(`${s}Title`)}</h2>
          <p>{t(s, { months })}</p>
        </section>
      ))}
      <p>
        <Link href="/contact">{t("back")}</Link>
      </p>
    </article>
  );
}
