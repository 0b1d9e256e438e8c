"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export interface NavItem {
  href: string;
  label: string;
}

// Client only to mark the current page (aria-current) as the user moves around.
export function MainNav({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="main-nav">
      <ul>
        {items.map((item) => {
          const current = pathname === item.href || (item.href !== "/" && pathname.startsWith(item.href + "/") && item.href !== "/families");
          const exact = pathname === item.href;
          return (
            <li key={item.href}>
              <Link href={item.href} aria-current={exact || current ? "page" : undefined}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
