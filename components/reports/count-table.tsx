import { getTranslations } from "next-intl/server";
import { suppressCell, suppressedTotal, type Cell, type Total } from "@/lib/reports/suppression.ts";

function show(cell: Cell | Total, suppressedLabel: string): string {
  if (cell.kind === "suppressed") return suppressedLabel;
  if (cell.kind === "atLeast") return `≥ ${cell.value}`;
  return String(cell.value);
}

/** Municipalities × months with suppressed small counts and totals that cannot reveal them. */
export async function CountTable(props: {
  caption: string;
  months: { key: string; label: string }[];
  rows: { id: string; name: string; counts: Map<string, number> }[];
}) {
  const t = await getTranslations("coordinator");
  const sup = t("suppressed");
  return (
    <div className="table-scroll">
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("municipality")}</th>
            {props.months.map((m) => (
              <th scope="col" className="num" key={m.key}>
                {m.label}
              </th>
            ))}
            <th scope="col" className="num">
              {t("total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => {
            const counts = props.months.map((m) => r.counts.get(m.key) ?? 0);
            return (
              <tr key={r.id}>
                <th scope="row">{r.name}</th>
                {counts.map((c, i) => (
                  <td className="num" key={props.months[i]!.key}>
                    {show(suppressCell(c), sup)}
                  </td>
                ))}
                <td className="num">{show(suppressedTotal(counts), sup)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("total")}</th>
            {props.months.map((m) => (
              <td className="num" key={m.key}>
                {show(suppressedTotal(props.rows.map((r) => r.counts.get(m.key) ?? 0)), sup)}
              </td>
            ))}
            <td className="num">{show(suppressedTotal(props.rows.flatMap((r) => props.months.map((m) => r.counts.get(m.key) ?? 0))), sup)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
