import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { getTeam } from "@/lib/admin/organisation/get-team.ts";
import { areaOptions } from "@/lib/admin/organisation/area-options.ts";
import { searchActiveUsers, USER_SEARCH_LIMIT } from "@/lib/admin/organisation/search-users.ts";
import { readListQuery } from "@/lib/admin/organisation/list-query.ts";
import { Expertise } from "@/lib/db/generated/enums.ts";
import { OrgForm } from "@/components/admin/org-form.tsx";
import { OrgActionButton } from "@/components/admin/org-action-button.tsx";
import { ListSearch } from "@/components/admin/list-controls.tsx";
import { orNotFound } from "@/components/admin/or-not-found.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminOrganisation.teams"))("title") };
}

/**
 * One team: edit, retire, reactivate; its members with expertise: remove, and add by searching the
 * active users by name or e-mail (a county has thousands, so never one giant list). Admins only.
 */
export default async function TeamPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const user = await requireUser(`/admin/teams/${id}`);
  const { q = "" } = await readListQuery(searchParams);
  const [team, areas, found] = await orNotFound(Promise.all([getTeam(db, user, id), areaOptions(db, user), searchActiveUsers(db, user, q)]));
  const t = await getTranslations();
  const to = (k: string, v?: Record<string, string | number>) => t(`adminOrganisation.${k}`, v);
  const areaChoices = areas.some((a) => a.id === team.areaId) ? areas : [{ id: team.areaId, label: `${team.area.municipality.name}: ${team.area.name}` }, ...areas];
  const expertiseOptions = Object.values(Expertise).map((e) => ({ value: e, label: t(`expertise.${e}`) }));
  const path = `/admin/teams/${team.id}`;
  return (
    <>
      <p>
        <Link href="/admin/teams">{to("teams.title")}</Link>
      </p>
      <h1>{team.name}</h1>
      <p>
        {to("status")}: {team.active ? to("active") : to("retired")}
      </p>
      <OrgForm
        kind="team"
        idPrefix="team"
        submitLabel={to("save")}
        savedText={to("saved")}
        values={{ id: team.id, areaId: team.areaId, name: team.name }}
        fields={[
          { name: "name", label: to("teams.name"), type: "text" },
          { name: "areaId", label: to("teams.area"), type: "select", options: areaChoices.map((a) => ({ value: a.id, label: a.label })) },
        ]}
      />
      <p>
        <OrgActionButton
          input={{ op: "setActive", kind: "team", id: team.id, active: !team.active }}
          label={team.active ? to("retire", { name: team.name }) : to("reactivate", { name: team.name })}
          doneText={team.active ? to("retiredNotice") : to("reactivatedNotice")}
        />
      </p>

      <h2 id="members">{to("teams.membersOf", { name: team.name })}</h2>
      {team.members.length === 0 ? (
        <p>{to("teams.noMembers")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{to("teams.membersOf", { name: team.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{to("teams.member")}</th>
                <th scope="col">{to("teams.expertise")}</th>
                <th scope="col">{to("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {team.members.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    {m.user.name}
                    <br />
                    <span className="hint">{m.user.email}</span>
                  </th>
                  <td>{t(`expertise.${m.expertise}`)}</td>
                  <td>
                    <OrgActionButton
                      input={{ op: "removeMember", teamMemberId: m.id }}
                      label={to("teams.remove", { name: m.user.name, expertise: t(`expertise.${m.expertise}`) })}
                      doneText={to("teams.removedNotice")}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2 id="add-members">{to("teams.addMembers", { name: team.name })}</h2>
      <p className="hint">{to("teams.userSearchHint")}</p>
      <ListSearch path={path} q={found.q} label={to("teams.userSearch")} id="user-search" />
      {found.q.length >= 2 && (
        <section aria-labelledby="user-results">
          <h3 id="user-results">{to("teams.userResults")}</h3>
          {found.rows.length === 0 && <p>{to("teams.noUsers")}</p>}
          {found.more && <p>{to("teams.moreUsers", { count: USER_SEARCH_LIMIT })}</p>}
          <ul className="org-rows">
            {found.rows.map((u) => (
              <li key={u.id}>
                <strong>{u.name}</strong> – {u.title} – {u.email}
                <OrgForm
                  kind="member"
                  idPrefix={`add-${u.id}`}
                  submitLabel={`${to("teams.add")}: ${u.name}`}
                  savedText={to("teams.addedNotice")}
                  values={{ teamId: team.id, userId: u.id, expertise: "PSYCHOLOGIST" }}
                  fields={[{ name: "expertise", label: to("teams.expertiseFor", { name: u.name }), type: "select", options: expertiseOptions }]}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
