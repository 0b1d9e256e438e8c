"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export interface NavItem {
  href: string;
  label: string;
  /** e.g. unread notifications: the number is shown, the words are read out */
  badge?: { count: number; label: string };
}

/** The item for the current page: the longest href that the path starts with. */
export function currentHref(items: NavItem[], pathname: string): string | undefined {
  return items
    .filter((i) => pathname === i.href || pathname.startsWith(i.href + "/"))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}

// Client only to mark the current page (aria-current) as the user moves around.
export function MainNav({ items, label }: { items: NavItem[]; label: string }) {
  const current = currentHref(items, usePathname());
  return (
    <nav aria-label={label} className="main-nav">
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={item.href === current ? "page" : undefined}>
              {item.label}
              {item.badge && (
                <>
                  {" "}
                  <span className="nav-badge" aria-hidden="true">
                    {item.badge.count}
                  </span>
                  <span className="visually-hidden">({item.badge.label})</span>
                </>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
