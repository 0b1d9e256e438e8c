import { getLocale, getTranslations } from "next-intl/server";
import { cellText, type ReportTable } from "@/lib/reports/tables.ts";

/**
 * Any coordinator table (counts with suppression, figures, stages) from the one model the downloads
 * are also made from, so the page and the files always agree. Scrolls sideways on small screens
 * (focusable, so keyboard users can scroll too).
 */
export async function ReportTableView({ table, captionHidden = false }: { table: ReportTable; captionHidden?: boolean }) {
  const t = await getTranslations("reports");
  const locale = await getLocale();
  const opts = { decimalComma: locale !== "en", suppressed: "<5", notShown: "–" };
  const numeric = (i: number) => table.rows.some((r) => r.cells[i] && r.cells[i]!.kind !== "text");
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={table.title}>
      <table className="report-table" data-table={table.id}>
        <caption className={captionHidden ? "visually-hidden" : undefined}>{table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th scope="col" key={i} className={i > 0 && numeric(i - 1) ? "num" : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 && (
            <tr>
              <td colSpan={table.columns.length}>{t("adoption.none")}</td>
            </tr>
          )}
          {table.rows.map((r, ri) => (
            <tr key={ri}>
              <th scope="row">{r.head}</th>
              {r.cells.map((c, i) => (
                <td key={i} className={c.kind !== "text" ? "num" : undefined}>
                  {cellText(c, opts)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {table.footer && (
          <tfoot>
            <tr>
              <th scope="row">{table.footer.head}</th>
              {table.footer.cells.map((c, i) => (
                <td key={i} className="num">
                  {cellText(c, opts)}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
      {table.note && <p className="hint">{table.note}</p>}
    </div>
  );
}
