import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { consentPageData } from "@/lib/consents/consent-page-data.ts";
import { formatCalendarDate, formatDate } from "@/lib/time/format.ts";
import { ConsentForm } from "@/components/consents/consent-form.tsx";
import { WithdrawConsentButton } from "@/components/consents/withdraw-consent-button.tsx";
import { toHelsinkiWallClock } from "@/lib/time/helsinki-wall-clock.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consent"))("title") };
}

export default async function ConsentPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { id } = await params;
  const { saved } = await searchParams;
  const user = await requireUser();
  const data = await consentPageData(db, user, id).catch((err) => {
    if (err instanceof AppError) notFound();
    throw err;
  });
  const t = await getTranslations();
  return (
    <>
      <p>
        <Link href={`/families/${id}`}>{t("consent.back")}</Link>
      </p>
      <h1>{t("consent.title")}</h1>
      {saved && (
        <p className="notice" role="status">
          {saved === "withdrawn" ? t("consent.withdrawnNotice") : t("consent.saved")}
        </p>
      )}
      <p className="lead">{t("consent.intro")}</p>
      <h2>{t("consent.current")}</h2>
      {data.guardians.map((g) => {
        const consents = data.consents.filter((c) => c.guardianId === g.id);
        const current = consents[0];
        return (
          <section key={g.id} className="card" aria-labelledby={`guardian-${g.id}`}>
            <h3 id={`guardian-${g.id}`}>
              {g.firstName} {g.lastName}
            </h3>
            {!current ? (
              <p>{t("consent.none")}</p>
            ) : (
              <dl className="facts">
                <dt>{t("consent.method")}</dt>
                <dd>
                  {t(`consent.methods.${current.method}`)} · {t("consent.given", { date: formatCalendarDate(current.givenOn) })}
                  {current.validUntil && ` · ${t("consent.until", { date: formatCalendarDate(current.validUntil) })}`}
                </dd>
                <dt>{t("collaboration.status")}</dt>
                <dd>
                  <strong>{current.valid ? t("consent.valid") : t("consent.notValid")}</strong>
                  {current.withdrawnAt && ` · ${t("consent.withdrawn", { date: formatDate(current.withdrawnAt) })}`}
                </dd>
                <dt>{t("consent.expertise")}</dt>
                <dd>{current.invitableExpertise.map((e) => t(`expertise.${e}`)).join(", ")}</dd>
                <dt>{t("consent.sharing")}</dt>
                <dd>
                  {current.mayShareInformation
                    ? t("consent.sharingYes", {
                        recipients: current.recipients.map((r) => (r.user ? `${r.user.name} (${r.user.title})` : (r.unit?.name ?? r.description ?? ""))).join(", ") || "–",
                      })
                    : t("consent.sharingNo")}
                </dd>
              </dl>
            )}
            {current?.valid && <WithdrawConsentButton consentId={current.id} collaborationId={id} />}
          </section>
        );
      })}
      <h2>{t("consent.recordTitle")}</h2>
      <ConsentForm
        collaborationId={id}
        guardians={data.guardians.map((g) => ({ id: g.id, name: `${g.firstName} ${g.lastName}` }))}
        professionals={data.professionals.map((p) => ({ id: p.id, name: `${p.name} (${p.title})` }))}
        today={toHelsinkiWallClock(new Date()).date}
      />
    </>
  );
}
