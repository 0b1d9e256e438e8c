// Käyttöönoton vaiheet: each municipality's current stage (table and a grouped view), the change
// form with its history, and how many municipalities were in each stage over time (charts with text
// alternatives, and the table).
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import type { AppLocale } from "@/lib/i18n/config.ts";
import { adoptionOverview } from "@/lib/reports/adoption.ts";
import { ADOPTION_STAGES } from "@/lib/reports/adoption-schema.ts";
import { helsinkiDay } from "@/lib/reports/period.ts";
import { adoptionTables, dayLabel } from "@/lib/reports/tables.ts";
import { BarChart } from "@/components/reports/bar-chart.tsx";
import { ReportTableView } from "@/components/reports/count-table.tsx";
import { DownloadLinks } from "@/components/reports/download-links.tsx";
import { CoordinatorNav } from "@/components/reports/coordinator-nav.tsx";
import { ScopeLine } from "@/components/reports/scope-line.tsx";
import { StageChangeForm } from "@/components/reports/stage-change-form.tsx";
import { allowPage } from "@/lib/authz/page-guard.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("adoptionTitle") };
}

export default async function AdoptionPage() {
  const user = await requireUser("/coordinator/adoption");
  allowPage(user, "reports.view");
  const now = new Date();
  const overview = await adoptionOverview(db, user, now);
  const t = await getTranslations("reports");
  const ts = await getTranslations("adoptionStage");
  const locale = (await getLocale()) as AppLocale;
  const [stages, history, overTime] = adoptionTables(overview, locale);
  return (
    <>
      <h1>{t("adoptionTitle")}</h1>
      <CoordinatorNav current="adoption" />
      <p className="lead">{t("adoptionIntro")}</p>
      <ScopeLine scope={overview.scope} />

      <section aria-labelledby="h-stages" className="report-section">
        <h2 id="h-stages">{stages!.title}</h2>
        <ReportTableView table={stages!} captionHidden />
        <DownloadLinks table="stages" title={stages!.title} query="" />
      </section>

      <section aria-labelledby="h-grouped" className="report-section">
        <h2 id="h-grouped">{t("adoption.groupedHeading")}</h2>
        <ol className="stage-groups">
          {ADOPTION_STAGES.map((s) => {
            const list = overview.municipalities.filter((m) => m.stage === s);
            return (
              <li key={s} className="stage-group" data-stage={s}>
                <h3>
                  {ts(s)} ({list.length})
                </h3>
                {list.length === 0 ? (
                  <p className="hint">{t("adoption.none")}</p>
                ) : (
                  <ul>
                    {list.map((m) => (
                      <li key={m.id}>{m.name}</li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      </section>

      {overview.municipalities.length > 0 && <StageChangeForm municipalities={overview.municipalities} today={helsinkiDay(now)} />}

      <section aria-labelledby="h-history" className="report-section">
        <h2 id="h-history">{history!.title}</h2>
        {history!.rows.length === 0 ? <p>{t("adoption.historyEmpty")}</p> : <ReportTableView table={history!} captionHidden />}
        <DownloadLinks table="stageHistory" title={history!.title} query="" />
      </section>

      <section aria-labelledby="h-over-time" className="report-section">
        <h2 id="h-over-time">{overTime!.title}</h2>
        <div className="stage-charts">
          {ADOPTION_STAGES.map((s) => {
            const bars = overview.overTime.map((p) => ({ label: dayLabel(p.date).replace(/\.\d{4}$/, (y) => `.${y.slice(3)}`), value: p.counts[s], display: String(p.counts[s]) }));
            const items = overview.overTime.map((p) => `${dayLabel(p.date)} ${p.counts[s]}`).join(", ");
            return (
              <div key={s}>
                <h3>{ts(s)}</h3>
                <BarChart title={t("chart.label", { title: `${t("chart.stageHeading")}: ${ts(s)}` })} description={t("chart.stageSummary", { stage: ts(s), items })} bars={bars} height={140} />
              </div>
            );
          })}
        </div>
        <ReportTableView table={overTime!} captionHidden />
        <DownloadLinks table="stagesOverTime" title={overTime!.title} query="" />
      </section>
    </>
  );
}
