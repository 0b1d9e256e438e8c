import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { feedbackSummary } from "@/lib/feedback/feedback-summary.ts";
import { formatDate, formatTime } from "@/lib/time/format.ts";
import { FeedbackLinks } from "@/components/feedback/feedback-links.tsx";
import { AnswersRefresh } from "@/components/meetings/answers-refresh.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("feedback"))("title") };
}

/** Palaute: the chair hands out single-use links at the end of the meeting and sees how many answered. */
export default async function MeetingFeedbackPage({ params }: { params: Promise<{ id: string; meetingId: string }> }) {
  const { id, meetingId } = await params;
  const user = await requireUser();
  // Not the chair, not there, or not this family's meeting: all a plain 404.
  const summary = await feedbackSummary(db, user, meetingId, { collaborationId: id }).catch((err) => {
    if (err instanceof AppError) notFound();
    throw err;
  });
  const t = await getTranslations("feedback");
  const { meeting } = summary;
  return (
    <>
      <p>
        <Link href={`/families/${id}/meetings/${meetingId}`}>{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="lead">{t("meetingWhen", { date: formatDate(meeting.startsAt), start: formatTime(meeting.startsAt), end: formatTime(meeting.endsAt) })}</p>
      <p>{t("intro")}</p>

      <h2>{t("createHeading")}</h2>
      {summary.canCreateLinks ? (
        <FeedbackLinks meetingId={meetingId} />
      ) : (
        <p className="info">{meeting.status === "CANCELLED" ? t("cancelled") : t("notOpen")}</p>
      )}

      <h2 id="feedback-counts-heading">{t("countsHeading")}</h2>
      <p className="hint">{t("countsHint")}</p>
      <div className="table-scroll">
        <table aria-labelledby="feedback-counts-heading">
          <thead>
            <tr>
              <th scope="col">{t("countsRespondent")}</th>
              <th scope="col" className="num">
                {t("countsLinks")}
              </th>
              <th scope="col" className="num">
                {t("countsReceived")}
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.counts.map((c) => (
              <tr key={c.respondent}>
                <th scope="row">{t(`kinds.${c.respondent}`)}</th>
                <td className="num">{c.linksCreated}</td>
                <td className="num">{c.received}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("countsTotal")}</th>
              <td className="num">{summary.counts.reduce((s, c) => s + c.linksCreated, 0)}</td>
              <td className="num">{summary.totalReceived}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {summary.canCreateLinks && <AnswersRefresh seconds={20} />}
    </>
  );
}
