import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { getMunicipality } from "@/lib/admin/organisation/get-municipality.ts";
import { MunicipalityLanguage } from "@/lib/db/generated/enums.ts";
import { OrgForm } from "@/components/admin/org-form.tsx";
import { OrgActionButton } from "@/components/admin/org-action-button.tsx";
import { orNotFound } from "@/components/admin/or-not-found.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminOrganisation.organisation"))("title") };
}

/** One municipality: edit, retire or reactivate it; its areas: add, rename, retire, reactivate. Admins only. */
export default async function MunicipalityPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/admin/organisation/${id}`);
  const { municipality: m, counties } = await orNotFound(getMunicipality(db, user, id));
  const t = await getTranslations("adminOrganisation");
  const languageOptions = Object.values(MunicipalityLanguage).map((l) => ({ value: l, label: t(`languageValue.${l}`) }));
  return (
    <>
      <p>
        <Link href="/admin/organisation">{t("organisation.title")}</Link>
      </p>
      <h1>{m.name}</h1>
      <p>
        {t("status")}: {m.active ? t("active") : t("retired")}
      </p>
      <OrgForm
        kind="municipality"
        idPrefix="municipality"
        submitLabel={t("save")}
        savedText={t("saved")}
        values={{ id: m.id, countyId: m.countyId, name: m.name, nameSv: m.nameSv ?? "", language: m.language }}
        fields={[
          { name: "name", label: t("organisation.name"), type: "text" },
          { name: "nameSv", label: t("organisation.nameSv"), hint: t("organisation.nameSvHint"), type: "text" },
          { name: "language", label: t("organisation.language"), type: "select", options: languageOptions },
          { name: "countyId", label: t("organisation.county"), type: "select", options: counties.map((c) => ({ value: c.id, label: c.name })) },
        ]}
      />
      <p>
        <OrgActionButton
          input={{ op: "setActive", kind: "municipality", id: m.id, active: !m.active }}
          label={m.active ? t("retire", { name: m.name }) : t("reactivate", { name: m.name })}
          doneText={m.active ? t("retiredNotice") : t("reactivatedNotice")}
        />
      </p>

      <h2 id="areas">{t("organisation.areas")}</h2>
      {m.areas.length === 0 ? (
        <p>{t("organisation.noAreas")}</p>
      ) : (
        <ul className="org-rows">
          {m.areas.map((a) => (
            <li key={a.id}>
              <strong>{a.name}</strong> – {a.active ? t("active") : t("retired")}
              <details>
                <summary>{t("edit", { name: a.name })}</summary>
                <OrgForm
                  kind="area"
                  idPrefix={`area-${a.id}`}
                  submitLabel={t("save")}
                  savedText={t("saved")}
                  values={{ id: a.id, municipalityId: m.id, name: a.name }}
                  fields={[{ name: "name", label: t("organisation.areaName"), type: "text" }]}
                />
              </details>
              <OrgActionButton
                input={{ op: "setActive", kind: "area", id: a.id, active: !a.active }}
                label={a.active ? t("retire", { name: a.name }) : t("reactivate", { name: a.name })}
                doneText={a.active ? t("retiredNotice") : t("reactivatedNotice")}
              />
            </li>
          ))}
        </ul>
      )}
      <h3 id="new-area-heading">{t("organisation.addArea", { name: m.name })}</h3>
      <OrgForm
        kind="area"
        idPrefix="new-area"
        submitLabel={t("organisation.createArea")}
        savedText={t("saved")}
        resetOnSave
        values={{ id: "", municipalityId: m.id, name: "" }}
        fields={[{ name: "name", label: t("organisation.areaName"), type: "text" }]}
      />
    </>
  );
}
