import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Pager } from "@/components/ui/pager.tsx";
import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { listOutbox } from "@/lib/email/list-outbox.ts";
import { formatDateTime } from "@/lib/time/format.ts";
import { allowPage } from "@/lib/authz/page-guard.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outbox"))("title") };
}

const STATUSES = ["PENDING", "SENT", "FAILED"] as const;
const querySchema = z.object({
  status: z.enum(STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  allowPage(user, "admin.manage");
  const query = querySchema.parse(await searchParams);
  const t = await getTranslations();
  const { mails, total, page, pages, counts } = await listOutbox(db, user, query);
  const href = (p: { status?: string; page?: number }) => {
    const params = new URLSearchParams();
    if (p.status) params.set("status", p.status);
    if (p.page && p.page > 1) params.set("page", String(p.page));
    const qs = params.toString();
    return `/admin/outbox${qs ? `?${qs}` : ""}`;
  };
  return (
    <>
      <p>
        <Link href="/admin">{t("outbox.back")}</Link>
      </p>
      <h1>{t("outbox.title")}</h1>
      <p className="lead">{t("outbox.intro")}</p>
      <nav aria-label={t("outbox.filter")} className="section-nav">
        <Link className="button secondary" href={href({})} aria-current={!query.status ? "page" : undefined}>
          {t("outbox.all")}
        </Link>
        {STATUSES.map((s) => (
          <Link key={s} className="button secondary" href={href({ status: s })} aria-current={query.status === s ? "page" : undefined}>
            {t(`outbox.status.${s}`)} ({counts[s] ?? 0})
          </Link>
        ))}
      </nav>
      <p role="status">{t("outbox.count", { total })}</p>
      {mails.length === 0 ? (
        <p className="info">{t("outbox.empty")}</p>
      ) : (
        mails.map((m) => (
          <section key={m.id} className="card" aria-labelledby={`mail-${m.id}`}>
            <h2 id={`mail-${m.id}`}>{m.subject}</h2>
            <dl className="facts">
              <dt>{t("outbox.to")}</dt>
              <dd>{m.toAddress}</dd>
              <dt>{t("outbox.language")}</dt>
              <dd>{t(`locales.${m.locale}`)}</dd>
              <dt>{t("outbox.statusLabel")}</dt>
              <dd>
                <span className="badge">{t(`outbox.status.${m.status}`)}</span>
                {m.attempts > 0 && ` · ${t("outbox.attempts", { count: m.attempts })}`}
              </dd>
              <dt>{t("outbox.queued")}</dt>
              <dd>{formatDateTime(m.createdAt)}</dd>
              {m.sentAt && (
                <>
                  <dt>{t("outbox.sent")}</dt>
                  <dd>{formatDateTime(m.sentAt)}</dd>
                </>
              )}
              {m.status === "PENDING" && m.attempts > 0 && (
                <>
                  <dt>{t("outbox.nextAttempt")}</dt>
                  <dd>{formatDateTime(m.nextAttemptAt)}</dd>
                </>
              )}
              {m.lastError && (
                <>
                  <dt>{t("outbox.lastError")}</dt>
                  <dd>{m.lastError}</dd>
                </>
              )}
            </dl>
            <details>
              <summary>{t("outbox.body")}</summary>
              <pre className="mail-body">{m.textBody}</pre>
            </details>
            {m.icsContent && (
              <details>
                <summary>{t("outbox.ics")}</summary>
                <pre className="mail-body">{m.icsContent}</pre>
              </details>
            )}
          </section>
        ))
      )}
      <Pager page={page} pages={pages} href={(p) => href({ status: query.status, page: p })} />
    </>
  );
}
