import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { FlowSteps } from "@/components/collaborations/flow-steps.tsx";
import { flowStepOf } from "@/lib/collaborations/flow-step-of.ts";
import { formatDate } from "@/lib/time/format.ts";
import { listCollaborationMeetings } from "@/lib/meetings/list-collaboration-meetings.ts";
import { MeetingList } from "@/components/meetings/meeting-list.tsx";
import { AnswersRefresh } from "@/components/meetings/answers-refresh.tsx";
import { getPlanSummary } from "@/lib/plans/plan-summary.ts";
import { StarSummary } from "@/components/star/star-summary.tsx";
import { loadCollaboration } from "./load.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("collaboration"))("title") };
}

export default async function CollaborationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string; saved?: string }> }) {
  const { id } = await params;
  const { created, saved } = await searchParams;
  const { user, collaboration: c } = await loadCollaboration(id);
  const t = await getTranslations();
  const isOwner = c.ownerId === user.id && c.status !== "CLOSED";
  const [meetings, planSummary, rooms] = await Promise.all([
    listCollaborationMeetings(db, user, c.id),
    getPlanSummary(db, c.id),
    isOwner
      ? db.room.findMany({ where: { active: true, unit: { active: true, area: { municipality: { name: c.municipality.name } } } }, orderBy: { name: "asc" }, select: { id: true, name: true, capacity: true, unit: { select: { name: true } } } })
      : Promise.resolve([]),
  ]);
  const savedText = saved === "concern" ? t("concern.saved") : saved === "meeting" ? t("convene.created") : null;
  const familyName = [...new Set(c.family.guardians.map((g) => g.lastName))].join(" / ");
  return (
    <>
      {(created || savedText) && (
        <p className="notice" role="status">
          {savedText ?? t("myFamilies.created")}
        </p>
      )}
      <h1>
        {t("collaboration.title")}: {familyName}
      </h1>
      <FlowSteps step={await flowStepOf(db, c)} />
      <dl className="facts">
        <dt>{t("collaboration.status")}</dt>
        <dd>{t(`collaborationStatus.${c.status}`)}</dd>
        <dt>{t("collaboration.entryRoute")}</dt>
        <dd>{t(`entryRoute.${c.entryRoute}`)}</dd>
        <dt>{t("collaboration.owner")}</dt>
        <dd>
          {c.owner.name}, {c.owner.title}
        </dd>
        <dt>{t("collaboration.municipality")}</dt>
        <dd>{c.municipality.name}</dd>
        <dt>{t("collaboration.started")}</dt>
        <dd>{formatDate(c.concernRaisedAt)}</dd>
        <dt>{t("collaboration.language")}</dt>
        <dd>{t(`locales.${c.family.language}`)}</dd>
        <dt>{t("collaboration.interpreter")}</dt>
        <dd>{c.family.interpreterNeeded ? t("collaboration.interpreterYes") : t("collaboration.interpreterNo")}</dd>
      </dl>
      <h2>{t("steps.wishes")}</h2>
      <p>{c.familyWishes ?? t("steps.noWishes")}</p>
      {isOwner && (
        <nav aria-label={t("flow.title")} className="section-nav">
          <Link className="button secondary" href={`/families/${c.id}/concern`}>
            {t("steps.concern")}
          </Link>
          <Link className="button secondary" href={`/families/${c.id}/consent`}>
            {t("steps.consent")}
          </Link>
          <Link className="button secondary" href={`/families/${c.id}/convene`}>
            {t("steps.convene")}
          </Link>
        </nav>
      )}
      <h2>{t("meeting.title")}</h2>
      {isOwner && meetings.some((m) => m.status === "SCHEDULED" && m.invitations.some((i) => i.status === "PENDING")) && (
        <>
          <p className="hint">{t("meeting.answersRefresh")}</p>
          <AnswersRefresh />
        </>
      )}
      <MeetingList collaborationId={c.id} meetings={meetings} canChange={isOwner} rooms={rooms.map((r) => ({ id: r.id, label: `${r.name}, ${r.unit.name} (${r.capacity})` }))} />
      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading">{t("collaboration.planHeading")}</h2>
        <h3>{t("collaboration.responsibleWorkers")}</h3>
        {planSummary.responsibleWorkers.length === 0 ? (
          <p>{t("collaboration.noResponsible")}</p>
        ) : (
          <ul>
            {planSummary.responsibleWorkers.map((r) => (
              <li key={r.user.email}>
                {r.user.name}, {r.user.title} ({r.user.email})
              </li>
            ))}
          </ul>
        )}
        <p>{planSummary.latest ? t("collaboration.planVersions", { version: planSummary.latest.versionNumber, date: formatDate(planSummary.latest.publishedAt) }) : t("collaboration.noPlanPublished")}</p>
        <p className="actions">
          <Link className="button secondary" href={`/families/${c.id}/plan`}>
            {t("collaboration.openPlan")}
          </Link>
          {planSummary.latest && <Link href={`/families/${c.id}/plan/versions`}>{t("collaboration.planHistory")}</Link>}
          {planSummary.responsibleWorkers.some((r) => r.user.email === user.email) && (
            <Link className="button" href={`/follow-up/${c.id}`}>
              {t("followUp.linkFromCollaboration")}
            </Link>
          )}
        </p>
      </section>
      <StarSummary collaborationId={c.id} />
      <h2>{t("collaboration.guardians")}</h2>
      <ul>
        {c.family.guardians.map((g) => (
          <li key={g.id}>
            {g.firstName} {g.lastName} ({t(`locales.${g.language}`)}) — {t("collaboration.contact")}:{" "}
            {[g.phone, g.email].filter(Boolean).join(", ") || t("collaboration.noContact")}
          </li>
        ))}
      </ul>
      <h2>{t("collaboration.children")}</h2>
      <ul>
        {c.family.children.map((ch) => (
          <li key={ch.id}>
            {ch.firstName}, {t("collaboration.bornIn", { year: ch.birthYear })}
          </li>
        ))}
      </ul>
      <p className="lead">{t("collaboration.auditNotice")}</p>
      <p>
        <Link href="/families">{t("collaboration.back")}</Link>
      </p>
    </>
  );
}
