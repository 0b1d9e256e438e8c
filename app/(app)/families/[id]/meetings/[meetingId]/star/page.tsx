import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { starPageData } from "@/lib/star/star-page-data.ts";
import { hasAreasOffChart, templateAxes } from "@/lib/star/chart-series.ts";
import { reviewFormValues, templateGroups } from "@/lib/star/review-form-values.ts";
import { formatDate, formatTime } from "@/lib/time/format.ts";
import { StarChart } from "@/components/star/star-chart.tsx";
import { StarReviewForm } from "@/components/star/star-review-form.tsx";
import { StarReviewView } from "@/components/star/star-review-view.tsx";
import { reviewSeries } from "@/components/star/review-series.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("star"))("title") };
}

/**
 * The meeting's Hyvinvoinnin tähti: the chair records it (areas of the review's own template
 * version, or of the current one for a new review); the others taking part read it; anyone else
 * gets 404. Below the form the star as a chart, with the earlier reviews drawn for comparison.
 */
export default async function StarPage({ params }: { params: Promise<{ id: string; meetingId: string }> }) {
  const { id, meetingId } = await params;
  const user = await requireUser();
  const data = await starPageData(db, user, id, meetingId).catch((err) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const [t, locale] = await Promise.all([getTranslations("star"), getLocale()]);
  const { meeting, template, review, earlier } = data;
  const meetingLine = t("meetingLine", { kind: t(`kind.${meeting.kind}`), date: formatDate(meeting.startsAt), time: formatTime(meeting.startsAt) });
  const groups = template ? templateGroups(template, locale) : [];
  const axes = template ? templateAxes(template, locale) : [];
  const compared = review ? [...earlier, review] : earlier;
  const series = reviewSeries(t, axes, compared, meeting.id);
  const saved = review ? reviewFormValues(review.entries) : {};

  return (
    <>
      <p>
        <Link href={`/families/${id}/meetings/${meeting.id}`}>{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="lead">
        {meetingLine}
        {template && ` · ${t("templateVersion", { version: template.version })}`}
      </p>
      {data.readOnly && <p className="info">{t(`readOnly.${data.readOnly}`)}</p>}
      {!template && data.readOnly !== "NO_TEMPLATE" && <p>{t("noReview")}</p>}
      {template && (
        <>
          <section aria-labelledby="star-record">
            <h2 id="star-record">{data.canEdit ? t("recordHeading") : t("recordedHeading")}</h2>
            {review && <p className="hint">{t("keepsVersion", { version: template.version })}</p>}
            {data.canEdit ? (
              <>
                <p className="lead">{t("intro")}</p>
                <StarReviewForm meetingId={meeting.id} templateId={template.id} groups={groups} saved={saved} />
              </>
            ) : review ? (
              <>
                <p className="hint">{t("recordedBy", { name: review.recordedBy.name })}</p>
                <StarReviewView groups={groups} entries={saved} />
              </>
            ) : (
              <p>{t("noReview")}</p>
            )}
          </section>
          <section aria-labelledby="star-chart-heading">
            <h2 id="star-chart-heading">{t("chartHeading")}</h2>
            <p className="hint">
              {t("chartIntro")}
              {earlier.length > 0 && ` ${t("comparisonIntro")}`}
            </p>
            {hasAreasOffChart(axes, earlier) && <p className="hint">{t("offChart")}</p>}
            <StarChart id="star-chart" title={t("chartTitle")} areas={axes} series={series} />
          </section>
        </>
      )}
    </>
  );
}
