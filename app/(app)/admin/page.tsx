import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user.ts";
import { allowPage } from "@/lib/authz/page-guard.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

// Ylläpito: one card per section. Each section is its own paginated page, since a county has
// thousands of workers and hundreds of units.
const SECTIONS = [
  { href: "/admin/organisation", label: "adminHub.organisation", hint: "adminHub.organisationHint" },
  { href: "/admin/units", label: "adminHub.units", hint: "adminHub.unitsHint" },
  { href: "/admin/teams", label: "adminHub.teams", hint: "adminHub.teamsHint" },
  { href: "/admin/users", label: "adminHub.users", hint: "adminHub.usersHint" },
  { href: "/admin/reassign", label: "adminHub.reassign", hint: "adminHub.reassignHint" },
  { href: "/admin/security", label: "adminHub.security", hint: "adminHub.securityHint" },
  { href: "/admin/outbox", label: "outbox.link", hint: "adminHub.outboxHint" },
  { href: "/admin/audit", label: "auditLog.link", hint: "auditLog.hubHint" },
  { href: "/admin/star", label: "star.admin.link", hint: "adminHub.starHint" },
] as const;

export default async function AdminPage() {
  const user = await requireUser();
  allowPage(user, "admin.manage");
  const t = await getTranslations();
  return (
    <>
      <h1>{t("admin.title")}</h1>
      <p className="lead">{t("admin.intro")}</p>
      <nav aria-label={t("admin.sections")}>
        <ul className="admin-sections">
          {SECTIONS.map((s) => (
            <li key={s.href} className="card">
              <Link href={s.href}>{t(s.label)}</Link>
              <p>{t(s.hint)}</p>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
