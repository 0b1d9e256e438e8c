import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { listMyCollaborations } from "@/lib/collaborations/list-my-collaborations.ts";
import { formatDate } from "@/lib/time/format.ts";
import { allowPage } from "@/lib/authz/page-guard.ts";
import { can } from "@/lib/authz/capabilities.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("myFamilies"))("title") };
}

export default async function MyFamiliesPage() {
  const user = await requireUser();
  allowPage(user, "families.work");
  const t = await getTranslations();
  const rows = await listMyCollaborations(db, user);
  return (
    <>
      <h1>{t("myFamilies.title")}</h1>
      <p className="lead">{t("myFamilies.intro")}</p>
      {can(user, "collaboration.open") && (
        <p>
          <Link href="/families/new" className="button">
            {t("myFamilies.newCollaboration")}
          </Link>
        </p>
      )}
      {rows.length === 0 ? (
        <p className="info">{t("myFamilies.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t("myFamilies.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("myFamilies.family")}</th>
                <th scope="col">{t("myFamilies.children")}</th>
                <th scope="col">{t("myFamilies.status")}</th>
                <th scope="col">{t("myFamilies.entryRoute")}</th>
                <th scope="col">{t("myFamilies.started")}</th>
                <th scope="col">{t("myFamilies.yourRole")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/families/${r.id}`}>{r.familyName}</Link>
                  </td>
                  <td>{r.children.map((c) => `${c.firstName} (${c.birthYear})`).join(", ")}</td>
                  <td>{t(`collaborationStatus.${r.status}`)}</td>
                  <td>{t(`entryRoute.${r.entryRoute}`)}</td>
                  <td>{formatDate(r.concernRaisedAt)}</td>
                  <td>{r.myRoles.map((role) => t(`myFamilies.memberRole.${role}`)).join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
