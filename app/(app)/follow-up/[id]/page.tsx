import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { followUpPageData } from "@/lib/follow-up/follow-up-page-data.ts";
import { helsinkiDay } from "@/lib/follow-up/due.ts";
import { formatCalendarDate, formatDate, formatDateTime } from "@/lib/time/format.ts";
import { ContactForm } from "@/components/follow-up/contact-form.tsx";
import { ActionStatusForm } from "@/components/follow-up/action-status-form.tsx";
import { ShareForm } from "@/components/follow-up/share-form.tsx";
import { HandoverForm } from "@/components/follow-up/handover-form.tsx";
import { CloseForm, ReopenForm } from "@/components/follow-up/close-form.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("followUp"))("pageTitle") };
}

/** One family's follow-up for its responsible worker; read-only once the joint work is closed. */
export default async function FollowUpPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { id } = await params;
  const { saved } = await searchParams;
  const user = await requireUser(`/follow-up/${id}`);
  const now = new Date();
  const c = await followUpPageData(db, user, id, now).catch((err) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const t = await getTranslations();
  const familyName = [...new Set(c.family.guardians.map((g) => g.lastName))].join(" / ");
  const open = !c.closed;
  const p = c.progress;
  const relevant = p.total - p.dropped;
  return (
    <>
      <p>
        <Link href="/follow-up">{t("followUp.back")}</Link> · <Link href={`/families/${c.id}`}>{t("followUp.collaborationLink")}</Link>
      </p>
      {saved === "meeting" && (
        <p className="notice" role="status">
          {t("convene.created")}
        </p>
      )}
      <h1>{t("followUp.familyHeading", { family: familyName })}</h1>
      {c.closed && c.closedAt && (
        <div className="info" role="note">
          <p>
            <strong>{t("followUp.closedHeading")}</strong>: {t("followUp.closedNotice", { date: formatDate(c.closedAt) })}
          </p>
          {c.closureReason && (
            <p>
              {t("followUp.closureReason")}: {t(`followUp.closureReasons.${c.closureReason}`)}
            </p>
          )}
          {c.closureSummary && (
            <p>
              {t("followUp.closureSummary")}: {c.closureSummary}
            </p>
          )}
          <ReopenForm collaborationId={c.id} />
        </div>
      )}
      {open && c.reopenedAt && (
        <p className="hint">
          {t("followUp.reopenedNotice", { date: formatDate(c.reopenedAt) })}
          {c.reopenReason && ` ${t("followUp.reopenReason")}: ${c.reopenReason}`}
        </p>
      )}

      <dl className="facts">
        <dt>{t("followUp.nextContact")}</dt>
        <dd>
          <span className={`due due-${c.due.toLowerCase()}`}>
            {c.due === "OVERDUE" && <span aria-hidden="true">⚠ </span>}
            <strong>{t(`followUp.due.${c.due}`)}</strong>
          </span>
          {c.plan?.nextContactAt && <> {formatDateTime(c.plan.nextContactAt)}</>}
        </dd>
        <dt>{t("followUp.workerToFamily")}</dt>
        <dd>{c.plan?.followUpWorkerToFamily || t("common.none")}</dd>
        <dt>{t("followUp.familyToWorker")}</dt>
        <dd>{c.plan?.followUpFamilyToWorker || t("common.none")}</dd>
        <dt>{t("followUp.guardians")}</dt>
        <dd>
          {c.family.guardians.map((g) => `${g.firstName} ${g.lastName}${g.phone || g.email ? ` (${[g.phone, g.email].filter(Boolean).join(", ")})` : ""}`).join("; ")}
        </dd>
      </dl>

      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading">{t("followUp.actionsHeading")}</h2>
        {!c.plan || c.plan.actions.length === 0 ? (
          <p>{t("followUp.noPlan")}</p>
        ) : (
          <>
            <p id="plan-progress-text">
              {t("followUp.progress", { done: p.done, relevant, percent: p.percent })} · {t("followUp.progressDetail", { inProgress: p.inProgress, notStarted: p.notStarted, dropped: p.dropped })}
            </p>
            <progress max={100} value={p.percent} aria-label={t("followUp.progressLabel")} aria-describedby="plan-progress-text">
              {p.percent} %
            </progress>
            <ol className="follow-up-actions">
              {c.plan.actions.map((a) => (
                <li key={a.id}>
                  <p>
                    <strong>{a.description}</strong> — {t(`plan.settingShort.${a.setting}`)}
                    {a.place ? ` (${a.place})` : ""}
                  </p>
                  <p className="hint">
                    {t("followUp.actionWho", { who: a.who })}
                    {a.dueDate && ` · ${t("followUp.actionDue", { date: formatCalendarDate(a.dueDate) })}`}
                  </p>
                  <p>
                    {t("followUp.actionStatus")}: <strong>{t(`followUp.status.${a.status}`)}</strong>
                    {a.statusNote && ` — ${a.statusNote}`}
                  </p>
                  {open && <ActionStatusForm collaborationId={c.id} actionId={a.id} status={a.status} note={a.statusNote ?? ""} label={a.description} />}
                </li>
              ))}
            </ol>
          </>
        )}
        {c.latestVersion && (
          <p>
            <Link href={`/families/${c.id}/plan`}>{t("followUp.openPlan")}</Link>
          </p>
        )}
      </section>

      <section aria-labelledby="contact-heading">
        <h2 id="contact-heading">{t("followUp.contactHeading")}</h2>
        {open && <ContactForm collaborationId={c.id} today={helsinkiDay(now)} />}
        {c.contactLog.length === 0 ? (
          <p>{t("followUp.noContacts")}</p>
        ) : (
          <ol className="contact-log" reversed>
            {c.contactLog.map((e) => (
              <li key={e.id}>
                <p>{t("followUp.contactLine", { date: formatDate(e.contactedAt), channel: t(`followUp.channels.${e.channel}`), author: e.author.name })}</p>
                {e.note && <p>{e.note}</p>}
                {e.nextContactAt && <p className="hint">{t("followUp.nextAgreed", { date: formatDateTime(e.nextContactAt) })}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="share-heading">
        <h2 id="share-heading">{t("followUp.shareHeading")}</h2>
        <p>{t("followUp.shareIntro")}</p>
        {c.latestVersion ? (
          <p>{t("followUp.shareVersion", { version: c.latestVersion.versionNumber, date: formatDate(c.latestVersion.publishedAt) })}</p>
        ) : (
          <p>{t("errors.noPublishedPlan")}</p>
        )}
        {c.consentDescriptions.length > 0 && <p className="hint">{t("followUp.consentNames", { text: c.consentDescriptions.join("; ") })}</p>}
        {open && c.latestVersion && (c.shareCandidates.length === 0 ? <p className="hint">{t("followUp.noRecipients")}</p> : <ShareForm collaborationId={c.id} candidates={c.shareCandidates} />)}
        <h3>{t("followUp.sharesHeading")}</h3>
        {c.shares.length === 0 ? (
          <p>{t("followUp.noShares")}</p>
        ) : (
          <ul>
            {c.shares.map((s) => (
              <li key={s.id}>
                {t("followUp.shareLine", {
                  date: formatDateTime(s.createdAt),
                  version: s.planVersion?.versionNumber ?? "–",
                  recipient: s.recipientUser ? `${s.recipientUser.name}, ${s.recipientUser.title}` : "–",
                  channel: t(`followUp.shareChannels.${s.channel}`),
                  by: s.sharedBy.name,
                })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="meetings-heading">
        <h2 id="meetings-heading">{t("followUp.meetingsHeading")}</h2>
        <p>{t("followUp.meetingsIntro")}</p>
        {c.meetings.length === 0 ? (
          <p>{t("followUp.noMeetings")}</p>
        ) : (
          <ul>
            {c.meetings.map((m) => (
              <li key={m.id}>
                {t("followUp.meetingLine", { kind: t(`email.kind.${m.kind}`), date: formatDateTime(m.startsAt), status: t(`meeting.status.${m.status}`) })}
                {m.kind === "FOLLOW_UP" && (
                  <>
                    {" "}
                    <Link href={`/families/${c.id}/meetings/${m.id}`}>{t("followUp.openMeeting")}</Link>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        {open && (
          <p>
            <Link className="button secondary" href={`/families/${c.id}/convene?kind=followUp`}>
              {t("followUp.arrangeMeeting")}
            </Link>
          </p>
        )}
      </section>

      <section aria-labelledby="responsibility-heading">
        <h2 id="responsibility-heading">{t("followUp.responsibilityHeading")}</h2>
        <h3>{t("followUp.historyHeading")}</h3>
        <ul>
          {c.responsibleWorkers.map((r) => (
            <li key={r.id}>
              {t("followUp.historyLine", { name: r.user.name, title: r.user.title, start: formatDate(r.startedAt), end: r.endedAt ? formatDate(r.endedAt) : t("followUp.historyNow") })}
              {r.familyAgreement && <span className="hint"> — {t("followUp.historyAgreement", { text: r.familyAgreement })}</span>}
            </li>
          ))}
        </ul>
        {open && <HandoverForm collaborationId={c.id} candidates={c.handoverCandidates} />}
      </section>

      {open && (
        <section aria-labelledby="close-section">
          <h2 id="close-section" className="visually-hidden">
            {t("followUp.closeHeading")}
          </h2>
          {/* Closing cancels these (see closeCollaboration); the form says so before the worker confirms. */}
          <CloseForm collaborationId={c.id} meetingsAhead={c.meetings.filter((m) => m.status === "SCHEDULED" && m.endsAt.getTime() > Date.now()).length} />
        </section>
      )}
    </>
  );
}
