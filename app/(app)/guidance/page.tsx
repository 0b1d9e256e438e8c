import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { guidanceMunicipalityId } from "@/lib/contact/policy.ts";
import { listContactQueue, longWaitHours } from "@/lib/contact/list-queue.ts";
import { formatDateTime } from "@/lib/time/format.ts";
import { allowPage } from "@/lib/authz/page-guard.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("guidance"))("title") };
}

/**
 * The guidance service's queue of the worker's municipality: oldest first, waiting time shown, and
 * requests that have waited too long marked with words and an icon (not by colour alone).
 */
export default async function GuidanceQueuePage() {
  const user = await requireUser();
  allowPage(user, "guidance.handle");
  const t = await getTranslations();
  if (!(await guidanceMunicipalityId(db, user))) {
    return (
      <>
        <h1>{t("guidance.title")}</h1>
        <p className="info">{t("contact.queue.noMunicipality")}</p>
      </>
    );
  }
  const { municipalityName, rows } = await listContactQueue(db, user);
  const waiting = (hours: number) => (hours < 24 ? t("contact.queue.waitingHours", { hours }) : t("guidance.waitingDays", { days: Math.floor(hours / 24) }));
  return (
    <>
      <h1>{t("guidance.title")}</h1>
      <p className="lead">{t("contact.queue.intro")}</p>
      <p>{t("contact.queue.municipality", { name: municipalityName })}</p>
      <p>
        <Link className="button" href="/guidance/phone">
          {t("contact.queue.recordCall")}
        </Link>
      </p>
      {rows.length === 0 ? (
        <p className="info">{t("guidance.empty")}</p>
      ) : (
        <>
          <p className="hint">{t("contact.queue.longWaitLegend", { hours: longWaitHours() })}</p>
          <div className="table-scroll">
            <table className="contact-queue">
              <thead>
                <tr>
                  <th scope="col">{t("guidance.reference")}</th>
                  <th scope="col">{t("myFamilies.entryRoute")}</th>
                  <th scope="col">{t("guidance.received")}</th>
                  <th scope="col">{t("guidance.waiting")}</th>
                  <th scope="col">{t("guidance.status")}</th>
                  <th scope="col">{t("contact.queue.handler")}</th>
                  <th scope="col">{t("contact.queue.language")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} className={r.waitingLong ? "contact-waiting-long" : undefined}>
                    <td>
                      <Link href={`/guidance/requests/${r.id}`} aria-label={t("contact.queue.open", { code: r.referenceCode })}>
                        {r.referenceCode}
                      </Link>
                    </td>
                    <td>{t(`entryRoute.${r.channel}`)}</td>
                    <td>{formatDateTime(r.createdAt)}</td>
                    <td>
                      {waiting(r.waitingHours)}
                      {r.waitingLong && (
                        <strong className="contact-long-badge">
                          <span aria-hidden="true">⚠ </span>
                          {t("contact.queue.longWait")}
                        </strong>
                      )}
                    </td>
                    <td>{t(`guidance.statusLabel.${r.status}`)}</td>
                    <td>{r.takenByMe ? t("contact.queue.you") : (r.takenByName ?? t("contact.queue.nobody"))}</td>
                    <td>
                      {t(`locales.${r.language}`)}
                      {r.interpreterNeeded && `, ${t("contact.queue.interpreter")}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
