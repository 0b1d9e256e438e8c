import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { listUnits } from "@/lib/admin/organisation/list-units.ts";
import { areaOptions } from "@/lib/admin/organisation/area-options.ts";
import { readListQuery } from "@/lib/admin/organisation/list-query.ts";
import { ServiceSector } from "@/lib/db/generated/enums.ts";
import { OrgForm } from "@/components/admin/org-form.tsx";
import { ListPager, ListSearch } from "@/components/admin/list-controls.tsx";
import { orNotFound } from "@/components/admin/or-not-found.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminOrganisation.units"))("title") };
}

/** Yksiköt ja tilat: units (searchable, paginated, with a total) and their rooms, and a new unit. Admins only. */
export default async function UnitsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/admin/units");
  const query = await readListQuery(searchParams);
  const [list, areas] = await orNotFound(Promise.all([listUnits(db, user, query), areaOptions(db, user)]));
  const t = await getTranslations();
  const to = (k: string, v?: Record<string, string | number>) => t(`adminOrganisation.${k}`, v);
  return (
    <>
      <p>
        <Link href="/admin">{to("back")}</Link>
      </p>
      <h1>{to("units.title")}</h1>
      <p className="lead">{to("units.intro")}</p>

      <h2 id="units">{to("units.listHeading")}</h2>
      <ListSearch path="/admin/units" q={list.q} label={to("units.searchLabel")} id="unit-search" />
      <ListPager path="/admin/units" q={list.q} page={list.page} pages={list.pages} total={list.total} />
      {list.rows.length === 0 ? (
        <p>{to("none")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{to("units.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{to("units.name")}</th>
                <th scope="col">{to("units.area")}</th>
                <th scope="col">{to("units.sector")}</th>
                <th scope="col">{to("units.rooms")}</th>
                <th scope="col">{to("status")}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((u) => (
                <tr key={u.id}>
                  <th scope="row">
                    <Link href={`/admin/units/${u.id}`}>{u.name}</Link>
                  </th>
                  <td>
                    {u.area.municipality.name}: {u.area.name}
                  </td>
                  <td>{t(`sector.${u.sector}`)}</td>
                  <td>
                    {u.rooms.length === 0
                      ? to("units.noRooms")
                      : u.rooms.map((r) => `${r.name} (${r.capacity})${r.active ? "" : ` – ${to("retired")}`}`).join(", ")}
                  </td>
                  <td>{u.active ? to("active") : to("retired")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2 id="new-unit-heading">{to("units.createHeading")}</h2>
      <OrgForm
        kind="unit"
        idPrefix="new-unit"
        submitLabel={to("units.create")}
        savedText={to("saved")}
        resetOnSave
        values={{ id: "", areaId: "", name: "", sector: "ECEC" }}
        fields={[
          { name: "name", label: to("units.name"), type: "text" },
          { name: "areaId", label: to("units.area"), type: "select", options: [{ value: "", label: to("units.areaPlaceholder") }, ...areas.map((a) => ({ value: a.id, label: a.label }))] },
          { name: "sector", label: to("units.sector"), type: "select", options: Object.values(ServiceSector).map((s) => ({ value: s, label: t(`sector.${s}`) })) },
        ]}
      />
    </>
  );
}
