// One display model for every coordinator table: the page, the CSV and the XLSX are all made from
// it, so they show exactly the same figures with exactly the same suppression. Labels are translated
// here (next-intl's createTranslator), cells carry numbers and the suppression outcome.
import { createTranslator } from "next-intl";
import type { AppLocale } from "../i18n/config.ts";
import { MESSAGES } from "../i18n/messages/index.ts";
import { suppressCell, suppressedDistinctTotal, suppressedTotal, SUPPRESSION_THRESHOLD, totalOfTotals, type Cell, type Total } from "./suppression.ts";
import type { MeetingKindKey, MonthlyCountReport } from "./monthly-counts.ts";
import { CLOSURE_REASONS, ENTRY_ROUTES, type ModelFigures } from "./model-figures.ts";
import { ADOPTION_STAGES, type AdoptionOverview } from "./adoption.ts";

export type TableCell =
  | { kind: "text"; text: string }
  /** a count of families' events: 1–4 suppressed; totals possibly "at least" */
  | { kind: "count"; cell: Cell | Total }
  /** a derived figure (days, mean, percent); null = not shown (too few to show) */
  | { kind: "number"; value: number | null; decimals: number }
  /** a count that is not about families (municipalities), never suppressed */
  | { kind: "plain"; value: number };

export interface TableRow {
  head: string;
  cells: TableCell[];
}

export const MONTHLY_TABLES = ["joint", "followUp"] as const;
export const FIGURE_TABLES = ["entryRoutes", "delay", "responsible", "followUpContact", "outcomes", "feedback", "expertise"] as const;
export const ADOPTION_TABLES = ["stages", "stageHistory", "stagesOverTime"] as const;
export const TABLE_IDS = [...MONTHLY_TABLES, ...FIGURE_TABLES, ...ADOPTION_TABLES] as const;
export type TableId = (typeof TABLE_IDS)[number];

export interface ReportTable {
  id: TableId;
  title: string;
  /** how the figure is computed, shown beside it */
  definition?: string;
  /** column headings; the first one heads the row headings */
  columns: string[];
  rows: TableRow[];
  footer?: TableRow;
  note?: string;
}

export function isTableId(v: string): v is TableId {
  return (TABLE_IDS as readonly string[]).includes(v);
}

function translator(locale: AppLocale) {
  return createTranslator({ locale, messages: MESSAGES[locale] });
}

const count = (n: number): TableCell => ({ kind: "count", cell: suppressCell(n) });
const total = (ns: number[]): TableCell => ({ kind: "count", cell: suppressedTotal(ns) });
const text = (s: string): TableCell => ({ kind: "text", text: s });

/** A cell as text: "<5", "≥ 18", "12", "3,5" (decimal comma for fi/sv and for CSV), "–". */
export function cellText(cell: TableCell, opts: { decimalComma: boolean; suppressed?: string; notShown?: string }): string {
  const sup = opts.suppressed ?? `<${SUPPRESSION_THRESHOLD}`;
  switch (cell.kind) {
    case "text":
      return cell.text;
    case "plain":
      return String(cell.value);
    case "count":
      if (cell.cell.kind === "suppressed") return sup;
      if (cell.cell.kind === "atLeast") return `≥ ${cell.cell.value}`;
      return String(cell.cell.value);
    case "number": {
      if (cell.value === null) return opts.notShown ?? "–";
      const s = cell.value.toFixed(cell.decimals);
      return opts.decimalComma ? s.replace(".", ",") : s;
    }
  }
}

/** "tammi 2026" / "jan. 2026" / "Jan 2026"; with "monthOnly" just "tammi" / "jan." / "Jan". */
export function monthLabel(month: string, locale: AppLocale, form: "withYear" | "monthOnly" = "withYear"): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const options: Intl.DateTimeFormatOptions = form === "withYear" ? { month: "short", year: "numeric", timeZone: "UTC" } : { month: "short", timeZone: "UTC" };
  return new Intl.DateTimeFormat(locale, options).format(new Date(Date.UTC(y, m - 1, 15)));
}

/** "1.3.2026" from "2026-03-01" */
export function dayLabel(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return `${d}.${m}.${y}`;
}

export function monthlyTables(report: MonthlyCountReport, locale: AppLocale): ReportTable[] {
  const t = translator(locale);
  const { months } = report.period;
  const byGroup = new Map<string, Map<string, number>>();
  for (const c of report.counts) {
    const key = `${c.kind}|${c.groupId}`;
    const m = byGroup.get(key) ?? new Map<string, number>();
    m.set(c.month, (m.get(c.month) ?? 0) + c.count);
    byGroup.set(key, m);
  }
  const groupName = (g: { id: string; name: string; nameSv?: string | null }) =>
    g.id === "" ? t("reports.areaNotRecorded") : locale === "sv" && g.nameSv ? g.nameSv : g.name;
  const make = (id: "joint" | "followUp", kind: MeetingKindKey): ReportTable => {
    const matrix = report.groups.map((g) => months.map((m) => byGroup.get(`${kind}|${g.id}`)?.get(m) ?? 0));
    const rows = report.groups.map((g, i) => ({ head: groupName(g), cells: [...matrix[i]!.map(count), total(matrix[i]!)] }));
    if (report.filter.by !== "team") {
      return {
        id,
        title: t(`reports.tables.${id}`),
        columns: [t(`reports.by.${report.filter.by}`), ...months.map((m) => monthLabel(m, locale)), t("reports.total")],
        rows,
        footer: { head: t("reports.total"), cells: [...months.map((_, j) => total(matrix.map((r) => r[j]!))), total(matrix.flat())] },
      };
    }
    // Teams: a meeting may count for two teams, so the footer is the distinct meetings, not a sum.
    const distinct = months.map((m) => report.teamTotals?.find((c) => c.kind === kind && c.month === m)?.count ?? 0);
    const monthTotals = months.map((_, j) => suppressedDistinctTotal(matrix.map((r) => r[j]!), distinct[j]!));
    return {
      id,
      title: t(`reports.tables.${id}`),
      columns: [t(`reports.by.${report.filter.by}`), ...months.map((m) => monthLabel(m, locale)), t("reports.total")],
      rows,
      footer: {
        head: t("reports.teamTotal"),
        cells: [...monthTotals.map((cell): TableCell => ({ kind: "count", cell })), { kind: "count", cell: totalOfTotals(monthTotals, distinct.reduce((a, b) => a + b, 0)) }],
      },
      note: t("reports.teamNote"),
    };
  };
  return [make("joint", "JOINT"), make("followUp", "FOLLOW_UP")];
}

/** A share from two complementary counts: shown only when neither count is hidden, so no hidden count can be worked out. */
function share(part: number, rest: number): number | null {
  const n = part + rest;
  if (n === 0 || suppressCell(part).kind === "suppressed" || suppressCell(rest).kind === "suppressed") return null;
  return (100 * part) / n;
}

export function figureTables(f: ModelFigures, locale: AppLocale): ReportTable[] {
  const t = translator(locale);
  type FigureId = (typeof FIGURE_TABLES)[number];
  const def = (id: FigureId) => t(`reports.figures.${id}.definition`);
  const title = (id: FigureId) => t(`reports.figures.${id}.title`);
  const expertiseRows = f.expertise.filter((e) => e.count > 0);
  const feedbackShown = (n: number, v: number | null) => (n >= SUPPRESSION_THRESHOLD ? v : null);
  return [
    {
      id: "entryRoutes",
      title: title("entryRoutes"),
      definition: def("entryRoutes"),
      columns: [t("reports.figures.entryRoutes.route"), t("reports.collaborations")],
      rows: ENTRY_ROUTES.map((r) => ({ head: t(`entryRoute.${r}`), cells: [count(f.entryRoutes[r])] })),
      footer: { head: t("reports.total"), cells: [total(ENTRY_ROUTES.map((r) => f.entryRoutes[r]))] },
    },
    {
      id: "delay",
      title: title("delay"),
      definition: def("delay"),
      columns: [t("reports.figure"), t("reports.value")],
      rows: [
        { head: t("reports.figures.delay.n"), cells: [count(f.delay.n)] },
        { head: t("reports.figures.delay.median"), cells: [{ kind: "number", value: f.delay.n >= SUPPRESSION_THRESHOLD ? f.delay.median : null, decimals: 1 }] },
        { head: t("reports.figures.delay.p90"), cells: [{ kind: "number", value: f.delay.n >= SUPPRESSION_THRESHOLD ? f.delay.p90 : null, decimals: 1 }] },
      ],
    },
    {
      id: "responsible",
      title: title("responsible"),
      definition: def("responsible"),
      columns: [t("reports.figure"), t("reports.value")],
      rows: [
        { head: t("reports.figures.responsible.named"), cells: [count(f.responsible.named)] },
        { head: t("reports.figures.responsible.notNamed"), cells: [count(f.responsible.notNamed)] },
        { head: t("reports.figures.responsible.total"), cells: [total([f.responsible.named, f.responsible.notNamed])] },
        { head: t("reports.sharePercent"), cells: [{ kind: "number", value: share(f.responsible.named, f.responsible.notNamed), decimals: 1 }] },
      ],
    },
    {
      id: "followUpContact",
      title: title("followUpContact"),
      definition: def("followUpContact"),
      columns: [t("reports.figure"), t("reports.value")],
      rows: [
        { head: t("reports.figures.followUpContact.inTime"), cells: [count(f.followUpContact.inTime)] },
        { head: t("reports.figures.followUpContact.notInTime"), cells: [count(f.followUpContact.notInTime)] },
        { head: t("reports.figures.followUpContact.total"), cells: [total([f.followUpContact.inTime, f.followUpContact.notInTime])] },
        { head: t("reports.sharePercent"), cells: [{ kind: "number", value: share(f.followUpContact.inTime, f.followUpContact.notInTime), decimals: 1 }] },
      ],
    },
    {
      id: "outcomes",
      title: title("outcomes"),
      definition: def("outcomes"),
      columns: [t("reports.figures.outcomes.reason"), t("reports.collaborations")],
      rows: [...CLOSURE_REASONS, "NOT_RECORDED" as const].map((r) => ({ head: t(`reports.closureReason.${r}`), cells: [count(f.outcomes[r])] })),
      footer: { head: t("reports.total"), cells: [total(Object.values(f.outcomes))] },
    },
    {
      id: "feedback",
      title: title("feedback"),
      definition: def("feedback"),
      columns: [t("reports.figures.feedback.question"), t("reports.figures.feedback.respondent"), t("reports.figures.feedback.answers"), t("reports.figures.feedback.mean")],
      rows: f.feedback.map((q) => ({
        head: t(`feedback.questions.${q.key}`),
        cells: [text(t(`feedback.kinds.${q.kind}`)), count(q.n), { kind: "number", value: feedbackShown(q.n, q.mean), decimals: 1 }],
      })),
    },
    {
      id: "expertise",
      title: title("expertise"),
      definition: def("expertise"),
      columns: [t("reports.figures.expertise.expertise"), t("reports.figures.expertise.invitations")],
      rows: expertiseRows.map((e) => ({ head: t(`expertise.${e.expertise}`), cells: [count(e.count)] })),
      footer: { head: t("reports.total"), cells: [total(expertiseRows.map((e) => e.count))] },
    },
  ];
}

export function adoptionTables(o: AdoptionOverview, locale: AppLocale): ReportTable[] {
  const t = translator(locale);
  return [
    {
      id: "stages",
      title: t("reports.tables.stages"),
      columns: [t("reports.by.municipality"), t("reports.adoption.stage"), t("reports.adoption.since")],
      rows: o.municipalities.map((m) => ({ head: m.name, cells: [text(t(`adoptionStage.${m.stage}`)), text(m.since ? dayLabel(m.since) : t("reports.adoption.noHistory"))] })),
    },
    {
      id: "stageHistory",
      title: t("reports.tables.stageHistory"),
      columns: [t("reports.adoption.effectiveDate"), t("reports.by.municipality"), t("reports.adoption.stage"), t("reports.adoption.note")],
      rows: o.history.map((h) => ({ head: dayLabel(h.effectiveDate), cells: [text(h.municipalityName), text(t(`adoptionStage.${h.stage}`)), text(h.note ?? "")] })),
    },
    {
      id: "stagesOverTime",
      title: t("reports.tables.stagesOverTime"),
      columns: [t("reports.adoption.stage"), ...o.overTime.map((p) => dayLabel(p.date))],
      rows: ADOPTION_STAGES.map((s) => ({ head: t(`adoptionStage.${s}`), cells: o.overTime.map((p) => ({ kind: "plain" as const, value: p.counts[s] })) })),
    },
  ];
}
