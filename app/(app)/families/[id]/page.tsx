import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { getCollaboration } from "@/lib/collaborations/get-collaboration.ts";
import { FlowSteps } from "@/components/collaborations/flow-steps.tsx";
import { formatDate } from "@/lib/time/format.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("collaboration"))("title") };
}

async function load(id: string) {
  const user = await requireUser();
  try {
    return await getCollaboration(db, user, id);
  } catch (err) {
    // Not yours and not there look the same: 404, never 403 (no existence leak).
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  }
}

export default async function CollaborationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const { id } = await params;
  const { created } = await searchParams;
  const c = await load(id);
  const t = await getTranslations();
  const familyName = [...new Set(c.family.guardians.map((g) => g.lastName))].join(" / ");
  return (
    <>
      {created && (
        <p className="notice" role="status">
          {t("myFamilies.created")}
        </p>
      )}
      <h1>
        {t("collaboration.title")}: {familyName}
      </h1>
      <FlowSteps status={c.status} />
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
