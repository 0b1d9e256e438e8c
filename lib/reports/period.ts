// The coordinator's report filter: a period of calendar days (Helsinki), the grouping and an optional
// municipality. The same zod schema checks the GET form on the pages and the export downloads; the
// field errors are message keys under `errors.`.
import { z } from "zod";
import { formDate } from "../validation/wall-clock.ts";
import { helsinkiStartOfDay, inHelsinki } from "../time/format.ts";

export const GROUP_BY = ["municipality", "area", "team"] as const;
export type GroupBy = (typeof GROUP_BY)[number];
export const MAX_PERIOD_YEARS = 10;

function parseDay(v: string): { y: number; m: number; d: number } {
  const [y, m, d] = v.split("-").map(Number) as [number, number, number];
  return { y, m, d };
}

function isRealDate(v: string): boolean {
  const { y, m, d } = parseDay(v);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d && y >= 2000 && y <= 2100;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const day = formDate.refine(isRealDate, "invalidDate");

export const reportFilterSchema = z
  .object({
    from: day,
    to: day,
    by: z.enum(GROUP_BY, { error: "invalidChoice" }).default("municipality"),
    /** "" = every municipality in the coordinator's scope */
    municipality: z
      .string()
      .default("")
      .refine((v) => v === "" || UUID.test(v), "unknownMunicipality"),
  })
  .superRefine((v, ctx) => {
    if (v.to < v.from) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "periodEndBeforeStart" });
      return;
    }
    const { y, m, d } = parseDay(v.from);
    const limit = `${String(y + MAX_PERIOD_YEARS).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    if (v.to >= limit) ctx.addIssue({ code: "custom", path: ["to"], message: "periodTooLong" });
  });

export type ReportFilterInput = z.input<typeof reportFilterSchema>;
export type ReportFilter = z.output<typeof reportFilterSchema>;

/** "2026-03-05" for the Helsinki calendar day of an instant. */
export function helsinkiDay(instant: Date): string {
  const h = inHelsinki(instant);
  return `${h.getFullYear()}-${String(h.getMonth() + 1).padStart(2, "0")}-${String(h.getDate()).padStart(2, "0")}`;
}

/** The default: this year so far (1 January to today, Helsinki time). */
export function defaultFilter(now: Date): ReportFilter {
  const today = helsinkiDay(now);
  return { from: `${today.slice(0, 4)}-01-01`, to: today, by: "municipality", municipality: "" };
}

/** Search params (strings or missing) → filter input, with the defaults for missing dates. */
export function filterInputFromParams(params: Record<string, string | string[] | undefined>, now: Date): Record<string, string> {
  const one = (k: string) => {
    const v = params[k];
    return typeof v === "string" ? v : undefined;
  };
  const d = defaultFilter(now);
  return { from: one("from") ?? d.from, to: one("to") ?? d.to, by: one("by") ?? d.by, municipality: one("municipality") ?? "" };
}

export interface ResolvedPeriod {
  from: Date;
  /** exclusive: Helsinki midnight after the last day */
  to: Date;
  /** "2026-01" … "2026-11": every Helsinki month the period touches */
  months: string[];
}

export function resolvePeriod(filter: Pick<ReportFilter, "from" | "to">): ResolvedPeriod {
  const a = parseDay(filter.from);
  const b = parseDay(filter.to);
  const next = new Date(Date.UTC(b.y, b.m - 1, b.d + 1));
  const months: string[] = [];
  for (let y = a.y, m = a.m; y < b.y || (y === b.y && m <= b.m); m === 12 ? (y++, (m = 1)) : m++) {
    months.push(`${y}-${String(m).padStart(2, "0")}`);
  }
  return {
    from: helsinkiStartOfDay(a.y, a.m, a.d),
    to: helsinkiStartOfDay(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()),
    months,
  };
}
