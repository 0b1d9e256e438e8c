import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { hasRole } from "@/lib/auth/session-user.ts";
import { adminOverview } from "@/lib/admin/overview.ts";
import { formatDate } from "@/lib/time/format.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminPage() {
  const user = await requireUser();
  if (!hasRole(user, "ADMIN")) notFound();
  const t = await getTranslations();
  const { users, teams, units, templates } = await adminOverview(db, user);
  return (
    <>
      <h1>{t("admin.title")}</h1>
      <p className="lead">{t("admin.intro")}</p>
      <nav aria-label={t("admin.sections")} className="section-nav">
        <Link className="button secondary" href="/admin/outbox">
          {t("outbox.link")}
        </Link>
        <Link className="button secondary" href="/admin/star">
          {t("star.admin.link")}
        </Link>
      </nav>

      <h2 id="users">{t("admin.users")}</h2>
      <div className="table-scroll">
        <table aria-labelledby="users">
          <thead>
            <tr>
              <th scope="col">{t("admin.name")}</th>
              <th scope="col">{t("admin.email")}</th>
              <th scope="col">{t("admin.titleCol")}</th>
              <th scope="col">{t("admin.roles")}</th>
              <th scope="col">{t("admin.unit")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>{u.name}</td>
                <td>{u.email}</td>
                <td>{u.title}</td>
                <td>{u.roles.map((r) => t(`roles.${r}`)).join(", ")}</td>
                <td>{u.unit?.name ?? t("common.none")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="teams">{t("admin.teams")}</h2>
      {teams.map((team) => (
        <section key={team.id} className="card" aria-label={team.name}>
          <h3>
            {team.name} ({team.area.name})
          </h3>
          <ul>
            {team.members.map((m) => (
              <li key={m.id}>
                {m.user.name} — {t(`expertise.${m.expertise}`)}
              </li>
            ))}
          </ul>
        </section>
      ))}

      <h2 id="units">{t("admin.units")}</h2>
      <div className="table-scroll">
        <table aria-labelledby="units">
          <thead>
            <tr>
              <th scope="col">{t("admin.unit")}</th>
              <th scope="col">{t("admin.area")}</th>
              <th scope="col">{t("admin.sector")}</th>
              <th scope="col">{t("admin.rooms")}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.id}>
                <td>{u.name}</td>
                <td>{u.area.name}</td>
                <td>{t(`sector.${u.sector}`)}</td>
                <td>{u.rooms.length === 0 ? t("admin.noRooms") : u.rooms.map((r) => `${r.name} (${r.capacity})`).join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="templates">{t("admin.starTemplates")}</h2>
      <ul>
        {templates.map((tpl) => (
          <li key={tpl.id}>
            {t("admin.version")} {tpl.version}: {tpl.status === "PUBLISHED" && tpl.publishedAt ? t("admin.published", { date: formatDate(tpl.publishedAt) }) : t("admin.draft")} ({tpl._count.areas})
          </li>
        ))}
      </ul>
    </>
  );
}
