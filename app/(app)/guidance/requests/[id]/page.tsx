import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { canViewCollaboration } from "@/lib/collaborations/policy.ts";
import { getContactRequest, listFrontlineWorkers } from "@/lib/contact/get-contact-request.ts";
import { longWaitHours } from "@/lib/contact/list-queue.ts";
import { formatDateTime } from "@/lib/time/format.ts";
import { TakeRequestButton } from "@/components/contact/take-request-button.tsx";
import { CloseRequestForm } from "@/components/contact/close-request-form.tsx";
import { StartCollaborationForm } from "@/components/contact/start-collaboration-form.tsx";
import { allowPage } from "@/lib/authz/page-guard.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("guidance"))("title") };
}

/** One contact request for a guidance worker of its municipality: the family's words, take, outcome. */
export default async function ContactRequestPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser();
  allowPage(user, "guidance.handle");
  const { id } = await params;
  const sp = await searchParams;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  let r: Awaited<ReturnType<typeof getContactRequest>>;
  try {
    r = await getContactRequest(db, user, id);
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  }
  const t = await getTranslations();
  const tr = await getTranslations("contact.request");
  const hours = Math.floor((Date.now() - r.createdAt.getTime()) / 3_600_000);
  const waitingText = hours < 24 ? t("contact.queue.waitingHours", { hours }) : t("guidance.waitingDays", { days: Math.floor(hours / 24) });
  const owners = r.status === "TAKEN" && r.takenByMe ? await listFrontlineWorkers(db, r.municipalityId) : [];
  const canOpenCollaboration = r.collaborationId ? await canViewCollaboration(db, user, r.collaborationId) : false;
  const interpreter = r.interpreterNeeded ? (r.interpreterLanguage ? tr("interpreterYesLanguage", { language: r.interpreterLanguage }) : tr("interpreterYes")) : tr("interpreterNo");

  return (
    <>
      <p>
        <Link href="/guidance">{tr("back")}</Link>
      </p>
      <h1>{tr("title", { code: r.referenceCode })}</h1>
      {sp.recorded && (
        <p className="notice" role="status">
          {t("contact.phone.saved", { code: r.referenceCode })}
        </p>
      )}
      {sp.started && r.outcome === "COLLABORATION_STARTED" && (
        <p className="notice" role="status">
          {tr("started")}
        </p>
      )}
      {r.status !== "CLOSED" && hours >= longWaitHours() && (
        <p className="contact-long-badge">
          <span aria-hidden="true">⚠ </span>
          {t("contact.queue.longWait")}
        </p>
      )}
      <dl className="contact-details">
        <dt>{tr("channel")}</dt>
        <dd>{t(`entryRoute.${r.channel}`)}</dd>
        <dt>{t("guidance.municipality")}</dt>
        <dd>{r.municipality.name}</dd>
        <dt>{tr("received")}</dt>
        <dd>{formatDateTime(r.createdAt)}</dd>
        {r.status !== "CLOSED" && (
          <>
            <dt>{tr("waiting")}</dt>
            <dd>{waitingText}</dd>
          </>
        )}
        <dt>{tr("childrenAges")}</dt>
        <dd className="plain-text">{r.childrenAges}</dd>
        <dt>{tr("message")}</dt>
        <dd className="plain-text">{r.message}</dd>
        <dt>{tr("contactPreference")}</dt>
        <dd>{tr(`preference.${r.contactPreference}`)}</dd>
        <dt>{tr("phone")}</dt>
        <dd>{r.phone ? <a href={`tel:${r.phone.replace(/[^0-9+]/g, "")}`}>{r.phone}</a> : t("common.none")}</dd>
        <dt>{tr("email")}</dt>
        <dd>{r.email ?? t("common.none")}</dd>
        <dt>{tr("contactTimes")}</dt>
        <dd className="plain-text">{r.contactTimes ?? t("common.none")}</dd>
        <dt>{tr("language")}</dt>
        <dd>{t(`locales.${r.language}`)}</dd>
        <dt>{tr("interpreter")}</dt>
        <dd>{interpreter}</dd>
        {r.privacyAcknowledgedAt && (
          <>
            <dt>{tr("privacy")}</dt>
            <dd>{formatDateTime(r.privacyAcknowledgedAt)}</dd>
          </>
        )}
        <dt>{t("guidance.status")}</dt>
        <dd>{t(`guidance.statusLabel.${r.status}`)}</dd>
        {r.takenBy && (
          <>
            <dt>{tr("takenBy")}</dt>
            <dd>
              {r.takenBy.name}
              {r.takenAt && `, ${formatDateTime(r.takenAt)}`}
            </dd>
          </>
        )}
        {r.outcome && (
          <>
            <dt>{tr("outcome")}</dt>
            <dd>{tr(`outcomeLabel.${r.outcome}`)}</dd>
          </>
        )}
        {r.forwardedTo && (
          <>
            <dt>{tr("forwardedTo")}</dt>
            <dd className="plain-text">{r.forwardedTo}</dd>
          </>
        )}
        {r.outcomeNote && (
          <>
            <dt>{tr("outcomeNote")}</dt>
            <dd className="plain-text">{r.outcomeNote}</dd>
          </>
        )}
        {r.closedAt && (
          <>
            <dt>{tr("closedAt")}</dt>
            <dd>{formatDateTime(r.closedAt)}</dd>
          </>
        )}
      </dl>

      {r.collaborationId && canOpenCollaboration && (
        <p>
          <Link href={`/families/${r.collaborationId}`}>{tr("openCollaboration")}</Link>
        </p>
      )}

      {r.status === "NEW" && (
        <section aria-labelledby="take-title">
          <h2 id="take-title" className="visually-hidden">
            {tr("take")}
          </h2>
          <p>{tr("takeFirst")}</p>
          <TakeRequestButton requestId={r.id} />
        </section>
      )}
      {r.status === "TAKEN" && !r.takenByMe && <p className="info">{tr("takenByOther", { name: r.takenBy?.name ?? "" })}</p>}
      {r.status === "TAKEN" && r.takenByMe && (
        <>
          <p className="info">{tr("takenByYou")}</p>
          <section aria-labelledby="close-title">
            <h2 id="close-title">{tr("closeTitle")}</h2>
            <CloseRequestForm requestId={r.id} />
          </section>
          <section aria-labelledby="start-title" id="start">
            <h2 id="start-title">{tr("startTitle")}</h2>
            <p>{tr("startIntro", { route: t(`entryRoute.${r.channel}`) })}</p>
            <p>{tr("wishesCarried")}</p>
            <blockquote className="plain-text">{r.message}</blockquote>
            <StartCollaborationForm
              requestId={r.id}
              familyLanguage={r.language}
              interpreterNeeded={r.interpreterNeeded}
              selfName={user.name}
              owners={owners.filter((o) => o.id !== user.id).map((o) => ({ id: o.id, label: `${o.name}, ${o.title}${o.unit ? ` (${o.unit.name})` : ""}` }))}
            />
          </section>
        </>
      )}
    </>
  );
}
