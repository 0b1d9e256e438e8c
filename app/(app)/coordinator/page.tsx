// Yhteisten aikojen lukumäärä: held joint meetings and, separately, follow-up meetings per Helsinki
// month, by municipality, area or team, for a chosen period (default: this year so far). A chart of
// the monthly totals with a text alternative, and the full table with totals; small counts hidden.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import type { AppLocale } from "@/lib/i18n/config.ts";
import { monthlyCountReport } from "@/lib/reports/monthly-counts.ts";
import { cellText, dayLabel, monthLabel, monthlyTables, type ReportTable } from "@/lib/reports/tables.ts";
import { BarChart } from "@/components/reports/bar-chart.tsx";
import { ReportTableView } from "@/components/reports/count-table.tsx";
import { DownloadLinks } from "@/components/reports/download-links.tsx";
import { CoordinatorNav } from "@/components/reports/coordinator-nav.tsx";
import { ReportFilter } from "@/components/reports/report-filter.tsx";
import { ScopeLine } from "@/components/reports/scope-line.tsx";
import { loadCoordinatorReport } from "./load.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("countsTitle") };
}

export default async function CoordinatorCountsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { scope, values, query, report, errors } = await loadCoordinatorReport("/coordinator", searchParams, (user, input) => monthlyCountReport(db, user, input));
  const t = await getTranslations("reports");
  const locale = (await getLocale()) as AppLocale;
  const tables = report ? monthlyTables(report, locale) : [];
  return (
    <>
      <h1>{t("countsTitle")}</h1>
      <CoordinatorNav current="counts" query={query} />
      <p className="lead">{t("countsIntro")}</p>
      <ScopeLine scope={scope} />
      <ReportFilter action="/coordinator" values={values} errors={errors} municipalities={scope.municipalities} />
      {report && (
        <>
          <p>{t("periodShown", { from: dayLabel(report.filter.from), to: dayLabel(report.filter.to) })}</p>
          {tables.map((table) => (
            <section key={table.id} aria-labelledby={`h-${table.id}`} className="report-section">
              <h2 id={`h-${table.id}`}>{table.title}</h2>
              <MonthlyChart table={table} months={report.period.months} locale={locale} />
              <ReportTableView table={table} captionHidden />
              <DownloadLinks table={table.id} title={table.title} query={query} />
            </section>
          ))}
          <p className="hint">{t("suppressedNote")}</p>
        </>
      )}
    </>
  );
}

/** The monthly totals of the table, as bars; the table's own "<5" and "≥" rules apply to the bars too. */
async function MonthlyChart({ table, months, locale }: { table: ReportTable; months: string[]; locale: AppLocale }) {
  const t = await getTranslations("reports.chart");
  // The bars are the footer's totals per month (for teams, the distinct meetings), with its suppression.
  const source = table.footer?.cells ?? null;
  if (!source) return null;
  const bars = months.map((m, i) => {
    const cell = source[i]!;
    const display = cellText(cell, { decimalComma: locale !== "en" });
    const value = cell.kind === "count" ? (cell.cell.kind === "suppressed" ? null : cell.cell.value) : null;
    // Under the bar only the month fits; the year is written under January and the first bar.
    const axis = { line1: monthLabel(m, locale, "monthOnly"), line2: i === 0 || m.endsWith("-01") ? m.slice(0, 4) : undefined };
    return { label: monthLabel(m, locale), axis, value, display };
  });
  const items = bars.map((b) => `${b.label} ${b.display}`).join(", ");
  return <BarChart title={t("label", { title: table.title })} description={t("summary", { title: table.title, items })} bars={bars} />;
}
