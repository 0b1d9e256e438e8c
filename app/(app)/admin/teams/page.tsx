import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { listTeams } from "@/lib/admin/organisation/list-teams.ts";
import { areaOptions } from "@/lib/admin/organisation/area-options.ts";
import { readListQuery } from "@/lib/admin/organisation/list-query.ts";
import { OrgForm } from "@/components/admin/org-form.tsx";
import { ListPager, ListSearch } from "@/components/admin/list-controls.tsx";
import { orNotFound } from "@/components/admin/or-not-found.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminOrganisation.teams"))("title") };
}

/** Perhekeskustiimit: teams per area (searchable, paginated) with their members, and a new team. Admins only. */
export default async function TeamsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/admin/teams");
  const query = await readListQuery(searchParams);
  const [list, areas] = await orNotFound(Promise.all([listTeams(db, user, query), areaOptions(db, user)]));
  const t = await getTranslations();
  const to = (k: string, v?: Record<string, string | number>) => t(`adminOrganisation.${k}`, v);
  return (
    <>
      <p>
        <Link href="/admin">{to("back")}</Link>
      </p>
      <h1>{to("teams.title")}</h1>
      <p className="lead">{to("teams.intro")}</p>

      <h2 id="teams">{to("teams.listHeading")}</h2>
      <ListSearch path="/admin/teams" q={list.q} label={to("teams.searchLabel")} id="team-search" />
      <ListPager path="/admin/teams" q={list.q} page={list.page} pages={list.pages} total={list.total} />
      {list.rows.length === 0 ? (
        <p>{to("none")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{to("teams.listHeading")}</caption>
            <thead>
              <tr>
                <th scope="col">{to("teams.name")}</th>
                <th scope="col">{to("teams.area")}</th>
                <th scope="col">{to("teams.members")}</th>
                <th scope="col">{to("status")}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((team) => (
                <tr key={team.id}>
                  <th scope="row">
                    <Link href={`/admin/teams/${team.id}`}>{team.name}</Link>
                  </th>
                  <td>
                    {team.area.municipality.name}: {team.area.name}
                  </td>
                  <td>{team.members.length === 0 ? to("teams.noMembers") : team.members.map((m) => `${m.user.name} (${t(`expertise.${m.expertise}`)})`).join(", ")}</td>
                  <td>{team.active ? to("active") : to("retired")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2 id="new-team-heading">{to("teams.createHeading")}</h2>
      <OrgForm
        kind="team"
        idPrefix="new-team"
        submitLabel={to("teams.create")}
        savedText={to("saved")}
        resetOnSave
        values={{ id: "", areaId: "", name: "" }}
        fields={[
          { name: "name", label: to("teams.name"), type: "text" },
          { name: "areaId", label: to("teams.area"), type: "select", options: [{ value: "", label: to("teams.areaPlaceholder") }, ...areas.map((a) => ({ value: a.id, label: a.label }))] },
        ]}
      />
    </>
  );
}
