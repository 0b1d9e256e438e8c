import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { contactFigures } from "@/lib/contact/contact-figures.ts";
import type { Cell, Total } from "@/lib/reports/suppression.ts";
import { formatDate } from "@/lib/time/format.ts";

/** The coordinator's table of families' own contacts by route (server component; counts only). */
export async function ContactFiguresTable({ municipalityIds, from, to }: { municipalityIds: string[]; from: Date; to: Date }) {
  const t = await getTranslations();
  const { rows, total } = await contactFigures(db, { municipalityIds, from, to });
  const cell = (c: Cell | Total) => (c.kind === "suppressed" ? t("coordinator.suppressed") : c.kind === "atLeast" ? `≥${c.value}` : String(c.value));
  return (
    <section aria-labelledby="contact-figures-title">
      <h2 id="contact-figures-title">{t("contact.figures.title")}</h2>
      <p>{t("contact.figures.intro", { from: formatDate(from), to: formatDate(to) })}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("contact.figures.route")}</th>
            <th scope="col">{t("contact.figures.received")}</th>
            <th scope="col">{t("contact.figures.started")}</th>
            <th scope="col">{t("contact.figures.advice")}</th>
            <th scope="col">{t("contact.figures.forwarded")}</th>
            <th scope="col">{t("contact.figures.open")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.route}>
              <th scope="row">{t(`entryRoute.${r.route}`)}</th>
              <td>{cell(r.received)}</td>
              <td>{cell(r.started)}</td>
              <td>{cell(r.advice)}</td>
              <td>{cell(r.forwarded)}</td>
              <td>{cell(r.open)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t("coordinator.total")}</th>
            <td>{cell(total)}</td>
            <td colSpan={4} />
          </tr>
        </tbody>
      </table>
    </section>
  );
}
