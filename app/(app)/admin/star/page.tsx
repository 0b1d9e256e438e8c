import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { getCurrentTemplate } from "@/lib/star/get-current-template.ts";
import { listTemplateVersions } from "@/lib/star/list-template-versions.ts";
import { formatDate } from "@/lib/time/format.ts";
import { TemplatePublishForm } from "@/components/star/template-publish-form.tsx";
import { allowPage } from "@/lib/authz/page-guard.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("star.admin"))("title") };
}

/** Star template versions and publishing a new one. Admins only; to anyone else the page does not exist. */
export default async function StarTemplatesPage() {
  const user = await requireUser();
  allowPage(user, "admin.manage");
  const [versions, current, t] = await Promise.all([listTemplateVersions(db, user), getCurrentTemplate(db), getTranslations("star.admin")]);
  const prefill = (current?.areas ?? []).map((a) => ({
    key: a.key,
    parentKey: a.parentKey ?? "",
    sortOrder: String(a.sortOrder),
    labelFi: a.labelFi,
    labelSv: a.labelSv,
    labelEn: a.labelEn,
  }));
  return (
    <>
      <p>
        <Link href="/admin">{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <p className="info">{t("immutable")}</p>

      <h2 id="star-versions">{t("versions")}</h2>
      {versions.length === 0 ? (
        <p>{t("noVersions")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t("versionsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t("version")}
                </th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("publishedAt")}</th>
                <th scope="col">{t("publishedBy")}</th>
                <th scope="col" className="num">
                  {t("areas")}
                </th>
                <th scope="col" className="num">
                  {t("reviews")}
                </th>
                <th scope="col">{t("source")}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.id}>
                  <th scope="row" className="num">
                    {v.version}
                  </th>
                  <td>
                    {t(`statusLabel.${v.status}`)}
                    {v.id === current?.id && ` (${t("inUse")})`}
                  </td>
                  <td>{v.publishedAt ? formatDate(v.publishedAt) : "–"}</td>
                  <td>{v.createdBy?.name ?? "–"}</td>
                  <td className="num">{v._count.areas}</td>
                  <td className="num">{v._count.reviews}</td>
                  <td>{v.source ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2 id="star-new-version">{t("newVersion")}</h2>
      <p className="lead">{t("newVersionIntro")}</p>
      <TemplatePublishForm source={current?.source ?? ""} areas={prefill} />
    </>
  );
}
