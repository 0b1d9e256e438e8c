import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { listMunicipalities } from "@/lib/admin/organisation/list-municipalities.ts";
import { readListQuery } from "@/lib/admin/organisation/list-query.ts";
import { MunicipalityLanguage } from "@/lib/db/generated/enums.ts";
import { OrgForm } from "@/components/admin/org-form.tsx";
import { ListPager, ListSearch } from "@/components/admin/list-controls.tsx";
import { orNotFound } from "@/components/admin/or-not-found.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminOrganisation.organisation"))("title") };
}

/** Kunnat ja alueet: the municipalities (searchable, paginated) with their areas, and a new one. Admins only. */
export default async function OrganisationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/admin/organisation");
  const query = await readListQuery(searchParams);
  const list = await orNotFound(listMunicipalities(db, user, query));
  const t = await getTranslations("adminOrganisation");
  const languageOptions = Object.values(MunicipalityLanguage).map((l) => ({ value: l, label: t(`languageValue.${l}`) }));
  return (
    <>
      <p>
        <Link href="/admin">{t("back")}</Link>
      </p>
      <h1>{t("organisation.title")}</h1>
      <p className="lead">{t("organisation.intro")}</p>

      <h2 id="municipalities">{t("organisation.listHeading")}</h2>
      <ListSearch path="/admin/organisation" q={list.q} label={t("organisation.searchLabel")} id="municipality-search" />
      <ListPager path="/admin/organisation" q={list.q} page={list.page} pages={list.pages} total={list.total} />
      {list.rows.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t("organisation.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("organisation.name")}</th>
                <th scope="col">{t("organisation.nameSv")}</th>
                <th scope="col">{t("organisation.language")}</th>
                <th scope="col">{t("organisation.county")}</th>
                <th scope="col">{t("organisation.areas")}</th>
                <th scope="col">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    <Link href={`/admin/organisation/${m.id}`}>{m.name}</Link>
                  </th>
                  <td>{m.nameSv ?? "–"}</td>
                  <td>{t(`languageValue.${m.language}`)}</td>
                  <td>{m.county.name}</td>
                  <td>{m.areas.length === 0 ? t("organisation.noAreas") : m.areas.map((a) => (a.active ? a.name : `${a.name} (${t("retired")})`)).join(", ")}</td>
                  <td>{m.active ? t("active") : t("retired")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2 id="new-municipality-heading">{t("organisation.createHeading")}</h2>
      <OrgForm
        kind="municipality"
        idPrefix="new-municipality"
        submitLabel={t("organisation.create")}
        savedText={t("saved")}
        resetOnSave
        values={{ id: "", countyId: list.counties[0]?.id ?? "", name: "", nameSv: "", language: "FI" }}
        fields={[
          { name: "name", label: t("organisation.name"), type: "text" },
          { name: "nameSv", label: t("organisation.nameSv"), hint: t("organisation.nameSvHint"), type: "text" },
          { name: "language", label: t("organisation.language"), type: "select", options: languageOptions },
          { name: "countyId", label: t("organisation.county"), type: "select", options: list.counties.map((c) => ({ value: c.id, label: c.name })) },
        ]}
      />
    </>
  );
}
