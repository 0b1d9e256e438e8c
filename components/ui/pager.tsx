// Previous / next links of a paginated list (the lists are paged in SQL), keeping its search and
// filters through `href`. Nothing when everything fits on one page.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function Pager({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  const t = await getTranslations("common");
  return (
    <nav aria-label={t("pagination")} className="section-nav">
      {page > 1 && (
        <Link className="button secondary" href={href(page - 1)} rel="prev">
          {t("previous")}
        </Link>
      )}
      <span>{t("pageOf", { page, pages })}</span>
      {page < pages && (
        <Link className="button secondary" href={href(page + 1)} rel="next">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
