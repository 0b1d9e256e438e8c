import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { listUsers } from "@/lib/admin/users/list-users.ts";
import { ROLES, userListQuery } from "@/lib/admin/users/schema.ts";
import { Pager } from "@/components/ui/pager.tsx";
import { allowPage } from "@/lib/authz/page-guard.ts";
import Form from "next/form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminUsers"))("title") };
}

/** The county's users: searched, filtered and paginated in SQL. Admins only. */
export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  allowPage(user, "admin.manage");
  const query = userListQuery.parse(await searchParams);
  const [{ rows, total, page, pages }, t] = await Promise.all([listUsers(db, user, query), getTranslations()]);
  const href = (p: number) => {
    const params = new URLSearchParams();
    if (query.q) params.set("q", query.q);
    if (query.role) params.set("role", query.role);
    if (query.status) params.set("status", query.status);
    if (p > 1) params.set("page", String(p));
    const qs = params.toString();
    return `/admin/users${qs ? `?${qs}` : ""}`;
  };
  return (
    <>
      <p>
        <Link href="/admin">{t("adminUsers.back")}</Link>
      </p>
      <h1>{t("adminUsers.title")}</h1>
      <p className="lead">{t("adminUsers.intro")}</p>
      <nav className="section-nav" aria-label={t("adminUsers.title")}>
        <Link className="button" href="/admin/users/new">
          {t("adminUsers.newUser")}
        </Link>
        <Link className="button secondary" href="/admin/users/import">
          {t("adminUsers.import")}
        </Link>
        <Link className="button secondary" href="/admin/reassign">
          {t("adminUsers.reassign")}
        </Link>
      </nav>
      <Form action="/admin/users" className="filters" role="search" aria-label={t("adminUsers.search")}>
        <div className="field">
          <label htmlFor="users-q">{t("adminUsers.searchLabel")}</label>
          <span id="users-q-hint" className="hint">
            {t("adminUsers.searchHint")}
          </span>
          <input id="users-q" name="q" type="search" defaultValue={query.q} maxLength={100} aria-describedby="users-q-hint" autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="users-role">{t("adminUsers.role")}</label>
          <select id="users-role" name="role" defaultValue={query.role}>
            <option value="">{t("adminUsers.anyRole")}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="users-status">{t("adminUsers.status")}</label>
          <select id="users-status" name="status" defaultValue={query.status}>
            <option value="">{t("adminUsers.anyStatus")}</option>
            <option value="active">{t("adminUsers.active")}</option>
            <option value="inactive">{t("adminUsers.inactive")}</option>
          </select>
        </div>
        <button type="submit" className="button secondary">
          {t("adminUsers.search")}
        </button>
      </Form>
      <p role="status">{t("adminUsers.count", { total })}</p>
      {rows.length === 0 ? (
        <p className="info">{t("adminUsers.noResults")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t("adminUsers.caption", { page, pages })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("adminUsers.name")}</th>
                <th scope="col">{t("adminUsers.email")}</th>
                <th scope="col">{t("adminUsers.jobTitle")}</th>
                <th scope="col">{t("adminUsers.unit")}</th>
                <th scope="col">{t("adminUsers.roles")}</th>
                <th scope="col">{t("adminUsers.state")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link href={`/admin/users/${r.id}`}>{r.name}</Link>
                  </th>
                  <td>{r.email}</td>
                  <td>{r.title}</td>
                  <td>{r.unitName ?? "–"}</td>
                  <td>{r.roles.map((role) => t(`roles.${role}`)).join(", ")}</td>
                  <td>{!r.active ? t("adminUsers.inactive") : r.canSignIn ? t("adminUsers.active") : t("adminUsers.invited")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={page} pages={pages} href={href} />
    </>
  );
}
