import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { getMeetingRunView } from "@/lib/meetings/meeting-run-view.ts";
import { agendaSchedule } from "@/lib/meetings/agenda.ts";
import { formatDate, formatDateTime, formatTime } from "@/lib/time/format.ts";
import { MeetingClock } from "@/components/meetings/meeting-clock.tsx";
import { StartMeetingButton } from "@/components/meetings/start-meeting-button.tsx";
import { AttendanceForm } from "@/components/meetings/attendance-form.tsx";
import { CompleteMeetingButton } from "@/components/meetings/complete-meeting-button.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetingRun"))("title") };
}

async function load(collaborationId: string, meetingId: string) {
  const user = await requireUser();
  try {
    return await getMeetingRunView(db, user, collaborationId, meetingId);
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  }
}

/** The chair's view of the joint meeting: agenda and clock, who came, and each part in turn. */
export default async function MeetingRunPage({ params }: { params: Promise<{ id: string; meetingId: string }> }) {
  const { id, meetingId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id) || !/^[0-9a-f-]{36}$/i.test(meetingId)) notFound();
  const m = await load(id, meetingId);
  const t = await getTranslations();
  const base = `/families/${id}`;
  const planHref = `${base}/plan?meeting=${m.id}`;
  const running = m.status === "IN_PROGRESS";
  const held = m.status === "HELD";
  const family = m.collaboration.family;
  const familyName = [...new Set(family.guardians.map((g) => g.lastName))].join(" / ");
  const attended = (pred: (a: (typeof m.attendances)[number]) => boolean) => m.attendances.some((a) => pred(a) && a.attended);
  const schedule = agendaSchedule(m.startsAt, m.endsAt);
  const links: Record<(typeof schedule)[number]["step"], string> = {
    welcome: "#welcome",
    star: `${base}/meetings/${m.id}/star`,
    plan: planHref,
    responsible: `${planHref}#responsible`,
    followUp: `${planHref}#follow-up`,
    feedback: `${base}/meetings/${m.id}/feedback`,
  };
  const publishedVersion = m.planVersions[0]?.versionNumber;

  return (
    <>
      <p>
        <Link href={base}>{t("meetingRun.backToCollaboration")}</Link>
      </p>
      <h1>
        {t(`email.kind.${m.kind}`)}: {familyName}
      </h1>
      <dl className="facts">
        <dt>{t("meetingRun.when")}</dt>
        <dd>{t("meeting.when", { date: formatDate(m.startsAt), start: formatTime(m.startsAt), end: formatTime(m.endsAt) })}</dd>
        <dt>{t("meeting.place")}</dt>
        <dd>{m.roomBooking && !m.roomBooking.cancelledAt ? `${m.roomBooking.room.name}, ${m.roomBooking.room.unit.name}` : m.onlineUrl ? `${t("meeting.remote")}: ${m.onlineUrl}` : t("common.none")}</dd>
        <dt>{t("meetingRun.status")}</dt>
        <dd>
          <span className="badge">{t(`meeting.status.${m.status}`)}</span>
        </dd>
        <dt>{t("collaboration.language")}</dt>
        <dd>
          {t(`locales.${family.language}`)}
          {family.interpreterNeeded ? ` · ${t("meetingRun.interpreterNeeded")}` : ""}
        </dd>
      </dl>

      {(running || m.status === "SCHEDULED") && <MeetingClock startsAt={m.startsAt.toISOString()} endsAt={m.endsAt.toISOString()} />}

      {m.status === "SCHEDULED" && (
        <section aria-labelledby="open-heading" className="card">
          <h2 id="open-heading">{t("meetingRun.openHeading")}</h2>
          <p>{t("meetingRun.openHint")}</p>
          <StartMeetingButton meetingId={m.id} />
        </section>
      )}
      {m.status === "CANCELLED" && <p className="notice">{t("meetingRun.cancelled")}</p>}

      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">{t("meetingRun.agenda")}</h2>
        <p className="hint">{t("meetingRun.agendaHint")}</p>
        <ol className="agenda">
          {schedule.map((slot) => (
            <li key={slot.step}>
              <span className="agenda-time">
                {formatTime(slot.startsAt)}–{formatTime(slot.endsAt)}
              </span>{" "}
              <Link href={links[slot.step]}>{t(`meetingRun.steps.${slot.step}.title`)}</Link>{" "}
              <span className="badge">{m.progress[slot.step] ? t("meetingRun.done") : t("meetingRun.notDone")}</span>
              <p className="hint">{t(`meetingRun.steps.${slot.step}.guide`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section id="welcome" aria-labelledby="attendance-heading" tabIndex={-1}>
        <h2 id="attendance-heading">{t("meetingRun.steps.welcome.title")}</h2>
        <p>{t("meetingRun.attendance.intro")}</p>
        {!running && !held && <p className="hint">{t("meetingRun.attendance.afterStart")}</p>}
        <AttendanceForm
          meetingId={m.id}
          readOnly={!running}
          professionals={[
            { userId: m.organizer.id, label: t("meetingRun.attendance.chair", { name: m.organizer.name, title: m.organizer.title }), attended: attended((a) => a.userId === m.organizer.id) },
            ...m.invitations
              .filter((i) => i.user.id !== m.organizer.id)
              .map((i) => ({
                userId: i.user.id,
                label: `${i.user.name}, ${i.expertise ? t(`expertise.${i.expertise}`) : i.user.title} (${t(`meeting.responses.${i.status}`)})`,
                attended: attended((a) => a.userId === i.user.id),
              })),
          ]}
          guardians={family.guardians.map((g) => ({ guardianId: g.id, label: t("meetingRun.attendance.guardian", { name: `${g.firstName} ${g.lastName}` }), attended: attended((a) => a.guardianId === g.id) }))}
          familyChildren={family.children.map((c) => ({ childId: c.id, label: t("meetingRun.attendance.child", { name: c.firstName, year: c.birthYear }), attended: attended((a) => a.childId === c.id) }))}
          others={m.attendances.filter((a) => a.kind === "OTHER" && a.name).map((a) => a.name!)}
        />
      </section>

      <section aria-labelledby="parts-heading">
        <h2 id="parts-heading">{t("meetingRun.partsHeading")}</h2>
        <ul className="plain cards">
          <li className="card">
            <h3>{t("meetingRun.steps.star.title")}</h3>
            <p>{m.starReview ? t("meetingRun.starSaved", { time: formatDateTime(m.starReview.createdAt) }) : t("meetingRun.starNotYet")}</p>
            <Link className="button secondary" href={links.star}>
              {t("meetingRun.openStar")}
            </Link>
          </li>
          <li className="card">
            <h3>{t("meetingRun.steps.plan.title")}</h3>
            <p>{m.progress.plan ? t("meetingRun.planStarted") : t("meetingRun.planNotYet")}</p>
            <Link className="button secondary" href={planHref}>
              {t("meetingRun.openPlan")}
            </Link>
          </li>
          <li className="card">
            <h3>{t("meetingRun.steps.responsible.title")}</h3>
            <p>
              {m.collaboration.responsibleWorkers.length > 0
                ? t("meetingRun.responsibleNamed", { names: m.collaboration.responsibleWorkers.map((r) => `${r.user.name}, ${r.user.title}`).join(" · ") })
                : t("meetingRun.responsibleNotYet")}
            </p>
            <Link className="button secondary" href={links.responsible}>
              {t("meetingRun.openResponsible")}
            </Link>
          </li>
          <li className="card">
            <h3>{t("meetingRun.steps.followUp.title")}</h3>
            <p>{m.collaboration.plan?.nextContactAt ? t("meetingRun.nextContact", { time: formatDateTime(m.collaboration.plan.nextContactAt) }) : t("meetingRun.nextContactNotYet")}</p>
            <Link className="button secondary" href={links.followUp}>
              {t("meetingRun.openFollowUp")}
            </Link>
          </li>
          <li className="card">
            <h3>{t("meetingRun.steps.feedback.title")}</h3>
            <p>{t("meetingRun.feedbackCount", { count: m._count.feedback })}</p>
            {(running || held) && (
              <Link className="button secondary" href={links.feedback}>
                {t("meetingRun.openFeedback")}
              </Link>
            )}
          </li>
        </ul>
      </section>

      <section aria-labelledby="complete-heading" className="card">
        <h2 id="complete-heading">{t("meetingRun.complete.heading")}</h2>
        {running && (
          <>
            <p>{t("meetingRun.complete.hint")}</p>
            <CompleteMeetingButton meetingId={m.id} planHref={planHref} />
          </>
        )}
        {held && (
          <>
            <p role="status">
              {t("meetingRun.complete.done", { time: m.completedAt ? formatDateTime(m.completedAt) : "–", version: publishedVersion ?? "–" })}
            </p>
            <p className="actions">
              <Link className="button" href={`${base}/plan/print`}>
                {t("meetingRun.complete.print")}
              </Link>
              <a className="button secondary" href={`${base}/plan/pdf`}>
                {t("meetingRun.complete.pdf")}
              </a>
            </p>
            <p>{t("meetingRun.complete.afterwards")}</p>
          </>
        )}
        {!running && !held && <p className="hint">{t("meetingRun.complete.notOpen")}</p>}
      </section>
    </>
  );
}
