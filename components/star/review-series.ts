// Labels of star reviews on the chart ("Yhteinen aika 3.11.2026"), shared by the meeting's star
// page and the collaboration's summary, so a review is named the same way everywhere.
import { formatDate } from "@/lib/time/format.ts";
import { toChartSeries, type ChartSeries, type ReviewLike } from "@/lib/star/chart-series.ts";

type Translate = (key: string, values?: Record<string, string | number>) => string;

type LabelledReview = ReviewLike & { meeting: { id: string; startsAt: Date; kind: "JOINT" | "FOLLOW_UP" } | null };

/** `t` is getTranslations("star"). */
export function reviewLabel(t: Translate, review: LabelledReview): string {
  return review.meeting ? `${t(`kind.${review.meeting.kind}`)} ${formatDate(review.meeting.startsAt)}` : t("reviewOn", { date: formatDate(review.createdAt) });
}

/** Reviews (oldest first) as chart series; the review of `currentMeetingId` is marked "(tämä tapaaminen)". */
export function reviewSeries(t: Translate, axes: readonly { key: string }[], reviews: readonly LabelledReview[], currentMeetingId?: string): ChartSeries[] {
  return toChartSeries(axes, reviews, (r) => (currentMeetingId && r.meeting?.id === currentMeetingId ? t("seriesThisMeeting", { label: reviewLabel(t, r) }) : reviewLabel(t, r)));
}
