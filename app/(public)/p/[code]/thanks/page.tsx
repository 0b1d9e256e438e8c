import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FeedbackOutcome } from "@/components/feedback/feedback-outcome.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("feedback"))("pageTitle"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

/**
 * The thank-you after the feedback form is sent (with or without JavaScript). It says nothing about
 * the link, the meeting or the answers, so it needs no check: anyone may see a thank-you.
 */
export default async function FeedbackThanksPage({ searchParams }: { searchParams: Promise<{ for?: string }> }) {
  const t = await getTranslations("feedback");
  const child = (await searchParams).for === "child";
  return <FeedbackOutcome title={t(child ? "thanks.childTitle" : "thanks.title")} text={t("thanks.text")} />;
}
