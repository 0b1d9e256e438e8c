// Search and page links of the organisation lists. The search is a GET form (next/form): without
// JavaScript a plain GET, with it a client-side navigation, so a search keeps the page live instead of
// loading a new document whose forms would not answer until it hydrates. Works by keyboard. Then the
// total, and the shared previous/next links that keep the search.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Pager } from "@/components/ui/pager.tsx";
import Form from "next/form";

export async function ListSearch({ path, q, label, id }: { path: string; q: string; label: string; id: string }) {
  const t = await getTranslations("adminOrganisation");
  return (
    <Form action={path} role="search" className="org-search">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input id={id} name="q" type="search" defaultValue={q} maxLength={100} />
      </div>
      <div className="actions">
        <button type="submit" className="button secondary">
          {t("searchButton")}
        </button>
        {q && <Link href={path}>{t("clearSearch")}</Link>}
      </div>
    </Form>
  );
}

export async function ListPager({ path, q, page, pages, total }: { path: string; q: string; page: number; pages: number; total: number }) {
  const t = await getTranslations("adminOrganisation");
  const href = (p: number) => {
    const params = new URLSearchParams();
    if (q) params.set("q", q);
    if (p > 1) params.set("page", String(p));
    const s = params.toString();
    return s ? `${path}?${s}` : path;
  };
  return (
    <div className="actions">
      <span>{t("total", { total })}</span>
      <Pager page={page} pages={pages} href={href} />
    </div>
  );
}
