import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { listAwaitingReassignment } from "@/lib/admin/users/list-awaiting-reassignment.ts";
import { formatDate } from "@/lib/time/format.ts";
import { Pager } from "@/components/ui/pager.tsx";
import { allowPage } from "@/lib/authz/page-guard.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminUsers"))("reassignTitle") };
}

const querySchema = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1) });

/** Deactivated workers who still hold open responsibilities: counts only, no family data. Admins only. */
export default async function ReassignPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  allowPage(user, "admin.manage");
  const query = querySchema.parse(await searchParams);
  const [{ rows, total, page, pages, scoped }, t] = await Promise.all([listAwaitingReassignment(db, user, query.page), getTranslations("adminUsers")]);
  const now = Date.now();
  return (
    <>
      <p>
        <Link href="/admin">{t("back")}</Link>
      </p>
      <h1>{t("reassignTitle")}</h1>
      <p className="lead">{t("reassignIntro")}</p>
      {scoped && <p className="info">{t("reassignScoped")}</p>}
      <p role="status">{t("reassignCount", { total })}</p>
      {rows.length === 0 ? (
        <p className="info">{t("reassignNone")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t("reassignCaption", { page, pages })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("worker")}</th>
                <th scope="col">{t("jobTitle")}</th>
                <th scope="col">{t("municipality")}</th>
                <th scope="col">{t("deactivatedAgo")}</th>
                <th scope="col" className="num">{t("responsibleCount")}</th>
                <th scope="col" className="num">{t("ownedCount")}</th>
                <th scope="col" className="num">{t("meetingCount")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("nameChair")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.userId}-${r.municipalityId}`}>
                  <th scope="row">
                    <Link href={`/admin/users/${r.userId}`}>{r.name}</Link>
                  </th>
                  <td>{r.title}</td>
                  <td>{r.municipalityName}</td>
                  <td>{r.deactivatedAt ? `${formatDate(r.deactivatedAt)} (${t("daysAgo", { days: Math.floor((now - r.deactivatedAt.getTime()) / 86_400_000) })})` : "–"}</td>
                  <td className="num">{r.responsibleCount}</td>
                  <td className="num">{r.ownedCount}</td>
                  <td className="num">{r.meetingCount}</td>
                  <td>
                    {r.ownedCount + r.meetingCount > 0 && (
                      <Link href={`/admin/reassign/chair?user=${r.userId}&municipality=${r.municipalityId}`} aria-label={`${t("nameChair")}: ${r.name}, ${r.municipalityName}`}>
                        {t("nameChair")}
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={page} pages={pages} href={(p) => `/admin/reassign${p > 1 ? `?page=${p}` : ""}`} />
    </>
  );
}
