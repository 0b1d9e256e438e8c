import Link from "next/link";
import { getTranslations } from "next-intl/server";

const SECTIONS = [
  { href: "/coordinator", key: "counts" },
  { href: "/coordinator/figures", key: "figures" },
  { href: "/coordinator/adoption", key: "adoption" },
] as const;

/** The coordinator's three pages; the current one is marked for screen readers too. */
export async function CoordinatorNav({ current, query = "" }: { current: "counts" | "figures" | "adoption"; query?: string }) {
  const t = await getTranslations("reports.nav");
  return (
    <nav aria-label={t("label")} className="subnav">
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.key}>
            <Link href={s.key !== "adoption" && query ? `${s.href}?${query}` : s.href} aria-current={s.key === current ? "page" : undefined}>
              {t(s.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
