import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { hasRole } from "@/lib/auth/session-user.ts";
import { listContactQueue } from "@/lib/contact/list-queue.ts";
import { formatDateTime } from "@/lib/time/format.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("guidance"))("title") };
}

export default async function GuidanceQueuePage() {
  const user = await requireUser();
  if (!hasRole(user, "GUIDANCE_WORKER")) notFound();
  const t = await getTranslations();
  const queue = await listContactQueue(db, user);
  const now = Date.now();
  return (
    <>
      <h1>{t("guidance.title")}</h1>
      <p className="lead">{t("guidance.intro")}</p>
      {queue.length === 0 ? (
        <p className="info">{t("guidance.empty")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("guidance.reference")}</th>
              <th scope="col">{t("guidance.municipality")}</th>
              <th scope="col">{t("myFamilies.entryRoute")}</th>
              <th scope="col">{t("guidance.received")}</th>
              <th scope="col">{t("guidance.waiting")}</th>
              <th scope="col">{t("guidance.status")}</th>
            </tr>
          </thead>
          <tbody>
            {queue.map((r) => (
              <tr key={r.id}>
                <td>{r.referenceCode}</td>
                <td>{r.municipality.name}</td>
                <td>{t(`entryRoute.${r.channel}`)}</td>
                <td>{formatDateTime(r.createdAt)}</td>
                <td>{t("guidance.waitingDays", { days: Math.floor((now - r.createdAt.getTime()) / 86_400_000) })}</td>
                <td>{t(`guidance.statusLabel.${r.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
