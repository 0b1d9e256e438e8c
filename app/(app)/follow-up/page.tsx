import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { listMyFollowUps } from "@/lib/follow-up/list-my-follow-ups.ts";
import { listUnreadNotifications } from "@/lib/follow-up/notifications.ts";
import { LIST_FILTERS, LIST_SORTS, parseListQuery } from "@/lib/follow-up/schema.ts";
import { PLAN_ACTION_SETTINGS } from "@/lib/plans/schema.ts";
import { formatDate, formatDateTime } from "@/lib/time/format.ts";
import { MarkReadButton } from "@/components/follow-up/close-form.tsx";
import { allowPage } from "@/lib/authz/page-guard.ts";
import Form from "next/form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("followUp"))("title") };
}

/** "Minun perheeni": the families the user is the responsible worker for, overdue contacts first. */
export default async function MyFollowUpsPage({ searchParams }: { searchParams: Promise<{ filter?: string; sort?: string; saved?: string }> }) {
  const user = await requireUser();
  allowPage(user, "followUp.work");
  const query = await searchParams;
  const { filter, sort } = parseListQuery(query);
  const t = await getTranslations();
  const [rows, notifications] = await Promise.all([listMyFollowUps(db, user, { filter, sort }), listUnreadNotifications(db, user)]);
  return (
    <>
      {query.saved === "handover" && (
        <p className="notice" role="status">
          {t("followUp.handoverDone")}
        </p>
      )}
      <h1>{t("followUp.title")}</h1>
      <p className="lead">{t("followUp.intro")}</p>
      {notifications.length > 0 && (
        <section aria-labelledby="notifications-heading">
          <h2 id="notifications-heading">{t("followUp.notificationsHeading")}</h2>
          <ul className="notifications">
            {notifications.map((n) => (
              <li key={n.id}>
                {formatDateTime(n.createdAt)}: {n.kind === "PLAN_SHARED" || n.kind === "HANDOVER" ? t(`followUp.notificationKind.${n.kind}`) : n.kind}{" "}
                <Link href={n.link}>{t("followUp.openNotification")}</Link> <MarkReadButton notificationId={n.id} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <Form action="/follow-up" className="filters" aria-label={t("followUp.filterLegend")}>
        <div className="field">
          <label htmlFor="filter">{t("followUp.filter")}</label>
          <select id="filter" name="filter" defaultValue={filter}>
            {LIST_FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`followUp.filters.${f}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="sort">{t("followUp.sort")}</label>
          <select id="sort" name="sort" defaultValue={sort}>
            {LIST_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`followUp.sorts.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button secondary">
          {t("followUp.apply")}
        </button>
      </Form>
      <p role="status">{t("followUp.count", { count: rows.length })}</p>
      {rows.length === 0 ? (
        <p className="info">{filter === "all" ? t("followUp.empty") : t("followUp.emptyFiltered")}</p>
      ) : (
        <div className="table-scroll">
          <table className="follow-up-table">
            <caption className="visually-hidden">{t("followUp.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("followUp.columns.family")}</th>
                <th scope="col">{t("followUp.columns.nextContact")}</th>
                <th scope="col">{t("followUp.columns.openActions")}</th>
                <th scope="col">{t("followUp.columns.lastContact")}</th>
                <th scope="col">{t("followUp.columns.pair")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const open = PLAN_ACTION_SETTINGS.filter((s) => r.openActions[s] > 0);
                return (
                  <tr key={r.id} className={r.due === "OVERDUE" ? "overdue" : undefined}>
                    <th scope="row">
                      <Link href={`/follow-up/${r.id}`}>{r.familyName}</Link>
                      <span className="hint"> ({r.children.join(", ")})</span>
                    </th>
                    <td>
                      <span className={`due due-${r.due.toLowerCase()}`}>
                        {r.due === "OVERDUE" && <span aria-hidden="true">⚠ </span>}
                        <strong>{t(`followUp.due.${r.due}`)}</strong>
                      </span>
                      {r.nextContactAt && <> {formatDateTime(r.nextContactAt)}</>}
                      {r.due === "OVERDUE" && <span className="hint"> ({t("followUp.overdueDays", { days: r.daysOverdue })})</span>}
                    </td>
                    <td>
                      {open.length === 0 ? (
                        t("followUp.openActionsNone")
                      ) : (
                        <ul className="plain">
                          {open.map((s) => (
                            <li key={s}>{t("followUp.openActionsBySetting", { setting: t(`plan.settingShort.${s}`), count: r.openActions[s] })}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>{r.lastContact ? `${formatDate(r.lastContact.contactedAt)} (${t(`followUp.channels.${r.lastContact.channel as "PHONE"}`)})` : t("followUp.noContactYet")}</td>
                    <td>{r.coResponsible.length === 0 ? t("followUp.noPair") : r.coResponsible.map((w) => `${w.name}, ${w.title}`).join("; ")}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
