// Mallin tunnusluvut: the figures that show whether the model works, each with its definition and
// its table (small counts hidden), for the chosen period and scope.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import type { AppLocale } from "@/lib/i18n/config.ts";
import { modelFiguresReport } from "@/lib/reports/model-figures.ts";
import { dayLabel, figureTables } from "@/lib/reports/tables.ts";
import { ReportTableView } from "@/components/reports/count-table.tsx";
import { DownloadLinks } from "@/components/reports/download-links.tsx";
import { CoordinatorNav } from "@/components/reports/coordinator-nav.tsx";
import { ReportFilter } from "@/components/reports/report-filter.tsx";
import { ContactFiguresTable } from "@/components/contact/contact-figures-table.tsx";
import { ScopeLine } from "@/components/reports/scope-line.tsx";
import { loadCoordinatorReport } from "../load.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("figuresTitle") };
}

export default async function CoordinatorFiguresPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { scope, values, query, report, errors } = await loadCoordinatorReport("/coordinator/figures", searchParams, (user, input) => modelFiguresReport(db, user, input));
  const t = await getTranslations("reports");
  const locale = (await getLocale()) as AppLocale;
  return (
    <>
      <h1>{t("figuresTitle")}</h1>
      <CoordinatorNav current="figures" query={query} />
      <p className="lead">{t("figuresIntro")}</p>
      <ScopeLine scope={scope} />
      <ReportFilter action="/coordinator/figures" values={values} errors={errors} municipalities={scope.municipalities} showBy={false} />
      {report && (
        <>
          <p>{t("periodShown", { from: dayLabel(report.filter.from), to: dayLabel(report.filter.to) })}</p>
          {figureTables(report.figures, locale).map((table) => (
            <section key={table.id} aria-labelledby={`h-${table.id}`} className="report-section">
              <h2 id={`h-${table.id}`}>{table.title}</h2>
              <p className="definition">{table.definition}</p>
              <ReportTableView table={table} captionHidden />
              <DownloadLinks table={table.id} title={table.title} query={query} />
            </section>
          ))}
          {/* Families' own contacts (issue 7): electronic and phone, by outcome, suppressed below five. */}
          <ContactFiguresTable municipalityIds={report.municipalities.map((m) => m.id)} from={report.period.from} to={report.period.to} />
          <p className="hint">{t("suppressedNote")}</p>
        </>
      )}
    </>
  );
}
