import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { clientIp } from "@/lib/auth/client-ip.ts";
import { openFeedbackForm } from "@/lib/feedback/submit-feedback.ts";
import { FeedbackForm } from "@/components/feedback/feedback-form.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations("feedback"))("pageTitle"),
    // The address is a one-time credential: keep it out of search engines and other sites' Referer
    // headers. "same-origin", not "no-referrer": under no-referrer a browser sends `Origin: null`
    // with the form's own plain HTML post (no JavaScript), which the server must refuse as cross-site.
    robots: { index: false, follow: false },
    referrer: "same-origin",
  };
}

/**
 * The short link /p/<code>: the anonymous feedback form, no sign-in. Shows only the form version
 * of the link, never anything about the meeting or the family. A used, unknown or expired link
 * gets a calm explanation, not an error page.
 */
export default async function PublicFeedbackPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const state = await openFeedbackForm(db, code, { ip: clientIp(await headers()) });
  if (state.status === "OPEN") return <FeedbackForm code={code} respondent={state.respondent} />;
  const t = await getTranslations("feedback");
  const key = state.status === "RATE_LIMITED" ? "rateLimited" : "invalid";
  return (
    <div className="feedback-public">
      <h1>{t(`${key}.title`)}</h1>
      <p>{t(`${key}.text`)}</p>
    </div>
  );
}
