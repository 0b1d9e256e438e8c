import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accessibility"))("title") };
}

export default async function AccessibilityStatement() {
  const t = await getTranslations("accessibility");
  return (
    <article>
      <h1>{t("title")}</h1>
      <p>{t("body1")}</p>
      <p>{t("body2")}</p>
      <h2>{t("feedbackTitle")}</h2>
      <p>{t("feedback")}</p>
      <h2>{t("enforcementTitle")}</h2>
      <p>{t("enforcement")}</p>
    </article>
  );
}
