// Downloads of the coordinator's tables: CSV (UTF-8 with BOM, semicolons, decimal comma) or XLSX,
// made from the same table model as the page with the same suppression. The same scope and filter
// checks as the pages: not a coordinator, an unknown table or a municipality outside the scope is a
// plain 404; a bad period is a 400 with the translated message.
import { createTranslator } from "next-intl";
import { cookies } from "next/headers";
import { db } from "@/lib/db/client.ts";
import { currentUser } from "@/lib/auth/current-user.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { auditRead } from "@/lib/audit/audit.ts";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type AppLocale } from "@/lib/i18n/config.ts";
import { MESSAGES } from "@/lib/i18n/messages/index.ts";
import { monthlyCountReport } from "@/lib/reports/monthly-counts.ts";
import { modelFiguresReport } from "@/lib/reports/model-figures.ts";
import { adoptionOverview } from "@/lib/reports/adoption.ts";
import { filterInputFromParams } from "@/lib/reports/period.ts";
import { adoptionTables, figureTables, isTableId, monthlyTables, type ReportTable, type TableId } from "@/lib/reports/tables.ts";
import { tableToCsv, tableToXlsx } from "@/lib/reports/export.ts";
import { can } from "@/lib/authz/capabilities.ts";

export const dynamic = "force-dynamic";

const plain = (status: number, body: string) => new Response(`${body}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

async function tableFor(id: TableId, user: NonNullable<Awaited<ReturnType<typeof currentUser>>>, input: Record<string, string>, locale: AppLocale): Promise<{ table: ReportTable; label: string }> {
  if (id === "joint" || id === "followUp") {
    const r = await monthlyCountReport(db, user, input);
    return { table: monthlyTables(r, locale).find((x) => x.id === id)!, label: `${r.filter.from}_${r.filter.to}` };
  }
  if (id === "stages" || id === "stageHistory" || id === "stagesOverTime") {
    const o = await adoptionOverview(db, user);
    return { table: adoptionTables(o, locale).find((x) => x.id === id)!, label: new Date().toISOString().slice(0, 10) };
  }
  const f = await modelFiguresReport(db, user, input);
  return { table: figureTables(f.figures, locale).find((x) => x.id === id)!, label: `${f.filter.from}_${f.filter.to}` };
}

export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }): Promise<Response> {
  const user = await currentUser();
  if (!user) return new Response(null, { status: 303, headers: { Location: "/login", "Cache-Control": "no-store" } });
  const { table: id } = await params;
  const url = new URL(request.url);
  const format = url.searchParams.get("format");
  if (!can(user, "reports.view") || !isTableId(id) || (format !== "csv" && format !== "xlsx")) return plain(404, "Not found");
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale: AppLocale = isLocale(cookie) ? cookie : DEFAULT_LOCALE;
  const t = createTranslator({ locale, messages: MESSAGES[locale] });
  let made: { table: ReportTable; label: string };
  try {
    made = await tableFor(id, user, filterInputFromParams(Object.fromEntries(url.searchParams), new Date()), locale);
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND") return plain(404, "Not found");
    if (err instanceof AppError && err.code === "VALIDATION") {
      const te = createTranslator({ locale, messages: MESSAGES[locale], namespace: "errors" }) as unknown as ((key: string) => string) & { has(key: string): boolean };
      const keys = Object.values(err.fieldErrors).map((k) => k.split(":")[0]!).filter((k) => te.has(k));
      return plain(400, keys.map((k) => te(k)).join("\n") || te("formHasErrors"));
    }
    throw err;
  }
  await auditRead(db, "report.export", { actorId: user.id, objectType: "Report", objectId: undefined, details: { table: id, format } });
  const suppressedNote = t("reports.suppressedNote");
  const fileName = `${id}_${made.label}.${format}`.replace(/[^A-Za-z0-9._-]/g, "-");
  if (format === "csv") {
    const body = tableToCsv(made.table, { suppressedNote });
    return new Response(body, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${fileName}"`, "Cache-Control": "no-store" },
    });
  }
  const xlsx = await tableToXlsx(made.table, { suppressedNote });
  return new Response(new Uint8Array(xlsx), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Content-Length": String(xlsx.byteLength),
      "Cache-Control": "no-store",
    },
  });
}
