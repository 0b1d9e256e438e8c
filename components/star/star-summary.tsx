// The family's Hyvinvoinnin tähti on the collaboration page (server component): the recorded
// reviews drawn on one star (the newest six, each with its own line and marker), the values table,
// and a link to each meeting's star. Loads its own data for the signed-in user, who must take part
// in the collaboration (the page has checked that already; the read goes to the use log).
//
// Usage: <StarSummary collaborationId={c.id} /> — optional headingLevel (2, default, or 3).
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { starSummaryData } from "@/lib/star/star-summary-data.ts";
import { hasAreasOffChart, templateAxes } from "@/lib/star/chart-series.ts";
import { StarChart } from "./star-chart.tsx";
import { reviewLabel, reviewSeries } from "./review-series.ts";

export interface StarSummaryProps {
  collaborationId: string;
  headingLevel?: 2 | 3;
}

export async function StarSummary({ collaborationId, headingLevel = 2 }: StarSummaryProps) {
  const user = await requireUser();
  const [{ reviews, template }, t, locale] = await Promise.all([starSummaryData(db, user, collaborationId), getTranslations("star"), getLocale()]);
  const Heading = headingLevel === 3 ? "h3" : "h2";
  const Sub = headingLevel === 3 ? "h4" : "h3";
  const headingId = `star-summary-${collaborationId}`;
  const axes = template ? templateAxes(template, locale) : [];
  const withMeeting = reviews.filter((r) => r.meeting !== null);
  return (
    <section aria-labelledby={headingId} className="star-summary">
      <Heading id={headingId}>{t("summary.heading")}</Heading>
      {reviews.length === 0 || !template ? (
        <p>{t("summary.none")}</p>
      ) : (
        <>
          <p className="hint">{t("chartIntro")}</p>
          {hasAreasOffChart(axes, reviews) && <p className="hint">{t("offChart")}</p>}
          <StarChart id={`star-summary-chart-${collaborationId}`} title={t("chartTitle")} areas={axes} series={reviewSeries(t, axes, reviews)} />
          {withMeeting.length > 0 && (
            <>
              <Sub>{t("summary.reviews")}</Sub>
              <ul>
                {withMeeting.map((r) => (
                  <li key={r.id}>
                    <Link href={`/families/${collaborationId}/meetings/${r.meeting!.id}/star`}>{t("summary.open", { label: reviewLabel(t, r) })}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
