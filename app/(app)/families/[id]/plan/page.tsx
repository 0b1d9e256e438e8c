import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { planAccess } from "@/lib/plans/policy.ts";
import { loadPlanForEditing } from "@/lib/plans/get-plan-for-editing.ts";
import { getPlanForViewer } from "@/lib/plans/get-plan-for-viewer.ts";
import { listCandidatesOf } from "@/lib/plans/list-responsible-candidates.ts";
import { toHelsinkiWallClock } from "@/lib/time/helsinki-wall-clock.ts";
import { formatDate, formatTime } from "@/lib/time/format.ts";
import { PlanForm } from "@/components/plans/plan-form.tsx";
import { PlanView } from "@/components/plans/plan-view.tsx";
import { ResponsibleWorkersForm } from "@/components/plans/responsible-workers-form.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plan"))("title") };
}

const isUuid = (v: unknown): v is string => z.uuid().safeParse(v).success;

/** The published versions' count, and the history, print and PDF links once there is one. */
async function PublishedLinks({ id, count }: { id: string; count: number }) {
  const t = await getTranslations("plan");
  return (
    <>
      <p>{t("publishedCount", { count })}</p>
      {count > 0 && (
        <nav aria-label={t("linksLabel")} className="plan-links">
          <ul className="section-nav">
            <li>
              <Link href={`/families/${id}/plan/versions`}>{t("historyLink")}</Link>
            </li>
            <li>
              <Link href={`/families/${id}/plan/print`}>{t("printLink")}</Link>
            </li>
            <li>
              <a href={`/families/${id}/plan/pdf`}>{t("pdfLink")}</a>
            </li>
          </ul>
        </nav>
      )}
    </>
  );
}

/**
 * Yhteinen suunnitelma. Editors (the chair, an active responsible worker) get the form with
 * autosave; the chair also records the responsible worker. Others who may read the plan (the
 * participants, consent-named parties) get the latest published version read-only. Anyone else: 404.
 */
export default async function PlanPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ meeting?: string | string[] }> }) {
  const { id } = await params;
  const { meeting } = await searchParams;
  const meetingId = isUuid(meeting) ? meeting : null;
  const returnPath = `/families/${id}/plan${meetingId ? `?meeting=${meetingId}` : ""}`;
  const validId = isUuid(id);
  const user = await requireUser(validId ? returnPath : undefined);
  if (!validId) notFound();
  // One read of how the user takes part decides everything below: editor, reader, or 404.
  const access = await planAccess(db, user, id);
  if (!access) notFound();
  const t = await getTranslations("plan");
  const takesPart = access.kind !== "CONSENT_RECIPIENT";
  const back = meetingId && takesPart ? (
    <Link href={`/families/${id}/meetings/${meetingId}`}>{t("backToMeeting")}</Link>
  ) : takesPart ? (
    <Link href={`/families/${id}`}>{t("back")}</Link>
  ) : null;

  if (access.kind !== "EDITOR") {
    const view = await getPlanForViewer(db, user, id, { access }).catch((err) => {
      if (err instanceof AppError) notFound();
      throw err;
    });
    return (
      <>
        {back && <p>{back}</p>}
        <h1>{t("title")}</h1>
        <p className="lead">{t("viewerIntro")}</p>
        {!view ? (
          <p>{t("notPublished")}</p>
        ) : (
          <>
            <p>
              {t("versionLink", { version: view.versionNumber })}: {t("versionMeta", { date: formatDate(view.publishedAt), time: formatTime(view.publishedAt), name: view.publishedBy })}
            </p>
            <PublishedLinks id={id} count={view.latestVersionNumber} />
            <PlanView plan={view.plan} />
          </>
        )}
      </>
    );
  }

  const [editing, candidates] = await Promise.all([
    loadPlanForEditing(db, user, access.collaboration),
    access.isOwner ? listCandidatesOf(db, id) : null,
  ]);
  const now = toHelsinkiWallClock(new Date());
  const responsibleSection = candidates ? (
    <ResponsibleWorkersForm collaborationId={id} candidates={candidates} current={editing.responsibleWorkers} />
  ) : (
    <>
      {editing.responsibleWorkers.length === 0 ? (
        <p>{t("responsibleNone")}</p>
      ) : (
        <ul>
          {editing.responsibleWorkers.map((r) => (
            <li key={r.userId}>
              {r.name}, {r.title}
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{t("responsibleChairOnly")}</p>
    </>
  );
  return (
    <>
      {back && <p>{back}</p>}
      <h1>{t("title")}</h1>
      <p className="lead">{t("editorIntro")}</p>
      <PublishedLinks id={id} count={editing.publishedVersions} />
      <PlanForm
        collaborationId={id}
        userId={user.id}
        initialValues={editing.values}
        draftSavedAt={editing.draftSavedAt}
        lockedBy={editing.lockedBy}
        meetingId={meetingId}
        hasResponsible={editing.responsibleWorkers.length > 0}
        nextContactMin={`${now.date}T${now.time}`}
        returnPath={returnPath}
        responsibleSection={responsibleSection}
      />
    </>
  );
}
