import { getTranslations } from "next-intl/server";
import type { TableId } from "@/lib/reports/tables.ts";

/** CSV and XLSX of one table, with the same filter as the page (the route checks it again). */
export async function DownloadLinks({ table, title, query }: { table: TableId; title: string; query: string }) {
  const t = await getTranslations("reports.download");
  const href = (format: "csv" | "xlsx") => `/coordinator/export/${table}?${query ? `${query}&` : ""}format=${format}`;
  return (
    <p className="downloads">
      <span className="hint">{t("label")}: </span>
      <a href={href("csv")} download>
        {t("csv", { table: title })}
      </a>{" "}
      <a href={href("xlsx")} download>
        {t("xlsx", { table: title })}
      </a>
    </p>
  );
}
