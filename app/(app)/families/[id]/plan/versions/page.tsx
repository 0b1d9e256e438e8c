import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { listPlanVersions } from "@/lib/plans/list-plan-versions.ts";
import { formatDate, formatTime } from "@/lib/time/format.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plan"))("versionsTitle") };
}

/** The plan's history: every published version, newest first (the read is logged by listPlanVersions). */
export default async function PlanVersionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const validId = z.uuid().safeParse(id).success;
  const user = await requireUser(validId ? `/families/${id}/plan/versions` : undefined);
  if (!validId) notFound();
  const versions = await listPlanVersions(db, user, id).catch((err) => {
    if (err instanceof AppError) notFound();
    throw err;
  });
  const t = await getTranslations("plan");
  const tr = await getTranslations();
  const latest = versions[0]?.versionNumber;
  return (
    <>
      <p>
        <Link href={`/families/${id}/plan`}>{t("backToPlan")}</Link>
      </p>
      <h1>{t("versionsTitle")}</h1>
      <p className="lead">{t("versionsIntro")}</p>
      {versions.length === 0 ? (
        <p>{t("noVersions")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t("versionsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("colVersion")}</th>
                <th scope="col">{t("colPublishedAt")}</th>
                <th scope="col">{t("colPublishedBy")}</th>
                <th scope="col">{t("colMeeting")}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.id}>
                  <th scope="row">
                    <Link href={`/families/${id}/plan/versions/${v.versionNumber}`}>{t("versionLink", { version: v.versionNumber })}</Link>
                    {v.versionNumber === latest && <span className="badge"> {t("latestBadge")}</span>}
                  </th>
                  <td>{t("dateTime", { date: formatDate(v.publishedAt), time: formatTime(v.publishedAt) })}</td>
                  <td>{v.publishedBy}</td>
                  <td>
                    {!v.meeting ? (
                      t("noMeeting")
                    ) : (
                      // Which meeting agreed it, by kind and date; the meeting view itself is the chair's.
                      `${tr(`email.kind.${v.meeting.kind}`)} ${formatDate(v.meeting.startsAt)}`
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
