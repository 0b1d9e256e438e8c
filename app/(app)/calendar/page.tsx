import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { allowPage } from "@/lib/authz/page-guard.ts";
import { CALENDAR_LIMIT, listMyCalendar } from "@/lib/calendar/list-my-calendar.ts";
import { feedStatus } from "@/lib/calendar/feed-token.ts";
import type { CalendarEntry } from "@/lib/calendar/calendar-entry.ts";
import { formatDate, formatTime } from "@/lib/time/format.ts";
import { FeedControls } from "@/components/calendar/feed-controls.tsx";
import { listMyAbsences } from "@/lib/absences/list-my-absences.ts";
import { toHelsinkiWallClock } from "@/lib/time/helsinki-wall-clock.ts";
import { AbsenceForm } from "@/components/absences/absence-form.tsx";
import { RemoveAbsenceButton } from "@/components/absences/remove-absence-button.tsx";
import { can } from "@/lib/authz/capabilities.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("calendar"))("title") };
}

// Oma kalenteri: every signed-in user's own meetings. Reads only the user's own meetings, which
// carry no family data, so the page is open to every role.
export default async function CalendarPage() {
  const user = await requireUser();
  allowPage(user, "calendar.use");
  const t = await getTranslations();
  const [{ upcoming, pending }, feed, absences] = await Promise.all([listMyCalendar(db, user), feedStatus(db, user.id), listMyAbsences(db, user)]);
  // Only team members have the invitations page where invitations are answered.
  const answersAt = can(user, "invitations.list") ? "/invitations" : null;

  const when = (e: CalendarEntry) => t("meeting.when", { date: formatDate(e.startsAt), start: formatTime(e.startsAt), end: formatTime(e.endsAt) });
  const place = (e: CalendarEntry) => (
    <>
      {e.place ?? (e.onlineUrl ? null : t("common.none"))}
      {e.place && e.onlineUrl && " · "}
      {e.onlineUrl && <a href={e.onlineUrl}>{t("meeting.remote")}</a>}
    </>
  );
  const link = (e: CalendarEntry) => (e.collaborationId ? `/families/${e.collaborationId}` : answersAt);

  return (
    <>
      <h1>{t("calendar.title")}</h1>
      <p className="lead">{t("calendar.intro")}</p>

      <section aria-labelledby="calendar-pending">
        <h2 id="calendar-pending">{t("calendar.pendingTitle")}</h2>
        {pending.length === 0 ? (
          <p>{t("calendar.pendingEmpty")}</p>
        ) : (
          <>
            <ul>
              {pending.map((e) => (
                <li key={e.meetingId}>
                  {t(`email.kind.${e.kind}`)}: {when(e)} · {place(e)}
                </li>
              ))}
            </ul>
            {answersAt && (
              <p>
                <Link href={answersAt}>{t("calendar.answerInvitations")}</Link>
              </p>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="calendar-upcoming">
        <h2 id="calendar-upcoming">{t("calendar.upcomingTitle")}</h2>
        {upcoming.length === 0 ? (
          <p>{t("calendar.upcomingEmpty")}</p>
        ) : (
          <table>
            <caption className="visually-hidden">{t("calendar.upcomingTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("calendar.date")}</th>
                <th scope="col">{t("calendar.time")}</th>
                <th scope="col">{t("calendar.kind")}</th>
                <th scope="col">{t("calendar.place")}</th>
                <th scope="col">{t("calendar.role")}</th>
              </tr>
            </thead>
            <tbody>
              {upcoming.map((e) => {
                const href = link(e);
                const kind = t(`email.kind.${e.kind}`);
                return (
                  <tr key={e.meetingId}>
                    <td>{formatDate(e.startsAt)}</td>
                    <td>
                      {formatTime(e.startsAt)}–{formatTime(e.endsAt)}
                    </td>
                    <td>{href ? <Link href={href}>{kind}</Link> : kind}</td>
                    <td>{place(e)}</td>
                    <td>
                      {e.responses
                        ? `${t("calendar.convener")} · ${t("calendar.responses", e.responses)}`
                        : `${t("calendar.invitee")} · ${t(`calendar.answer.${e.invitation?.status ?? "PENDING"}`)}`}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {upcoming.length >= CALENDAR_LIMIT && <p className="hint">{t("calendar.limited", { count: CALENDAR_LIMIT })}</p>}
      </section>

      <section aria-labelledby="calendar-absences">
        <h2 id="calendar-absences">{t("absences.title")}</h2>
        <p>{t("absences.intro")}</p>
        {absences.length === 0 ? (
          <p>{t("absences.none")}</p>
        ) : (
          <ul>
            {absences.map((a) => {
              const period = t("absences.period", { start: `${formatDate(a.startsAt)} ${formatTime(a.startsAt)}`, end: `${formatDate(a.endsAt)} ${formatTime(a.endsAt)}` });
              return (
                <li key={a.id}>
                  {period} <RemoveAbsenceButton absenceId={a.id} label={t("absences.remove", { period })} />
                </li>
              );
            })}
          </ul>
        )}
        <AbsenceForm today={toHelsinkiWallClock(new Date()).date} />
      </section>

      <section aria-labelledby="calendar-feed" className="card">
        <h2 id="calendar-feed">{t("calendar.feedTitle")}</h2>
        <p>{t("calendar.feedIntro")}</p>
        <p>{t("calendar.feedHowTo")}</p>
        <p>{feed ? t("calendar.feedActive", { date: formatDate(feed.createdAt) }) : t("calendar.feedNone")}</p>
        <FeedControls hasFeed={feed !== null} />
      </section>
    </>
  );
}
