import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { getPlanForViewer } from "@/lib/plans/get-plan-for-viewer.ts";
import { formatDate, formatTime } from "@/lib/time/format.ts";
import { PlanView } from "@/components/plans/plan-view.tsx";

export async function generateMetadata({ params }: { params: Promise<{ version: string }> }): Promise<Metadata> {
  const { version } = await params;
  return { title: (await getTranslations("plan"))("versionTitle", { version: /^\d{1,6}$/.test(version) ? version : "" }) };
}

/** One published version, read-only and immutable (the read is logged by getPlanForViewer). */
export default async function PlanVersionPage({ params }: { params: Promise<{ id: string; version: string }> }) {
  const { id, version } = await params;
  const valid = z.uuid().safeParse(id).success && /^[1-9]\d{0,5}$/.test(version);
  const user = await requireUser(valid ? `/families/${id}/plan/versions/${version}` : undefined);
  if (!valid) notFound();
  const view = await getPlanForViewer(db, user, id, { versionNumber: Number(version) }).catch((err) => {
    if (err instanceof AppError) notFound();
    throw err;
  });
  if (!view) notFound();
  const t = await getTranslations("plan");
  const old = view.versionNumber < view.latestVersionNumber;
  return (
    <>
      <p>
        <Link href={`/families/${id}/plan/versions`}>{t("backToHistory")}</Link>
      </p>
      <h1>{t("versionTitle", { version: view.versionNumber })}</h1>
      <p className="lead">{t("versionMeta", { date: formatDate(view.publishedAt), time: formatTime(view.publishedAt), name: view.publishedBy })}</p>
      {old && (
        <div className="info">
          <p>
            <strong>{t("notLatest")}</strong>{" "}
            <Link href={`/families/${id}/plan/versions/${view.latestVersionNumber}`}>{t("showLatest", { version: view.latestVersionNumber })}</Link>
          </p>
        </div>
      )}
      <PlanView plan={view.plan} />
    </>
  );
}
