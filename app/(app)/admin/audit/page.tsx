import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { allowPage } from "@/lib/authz/page-guard.ts";
import { fieldErrorsFromZod } from "@/lib/actions/field-errors.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { auditSearchSchema, searchAuditTrail, type AuditSearchResult } from "@/lib/data-protection/search-audit-trail.ts";
import { formatDateTime } from "@/lib/time/format.ts";
import { FieldError } from "@/components/ui/field-error.tsx";
import { PlainDateField } from "@/components/ui/date-fields.tsx";
import { Pager } from "@/components/ui/pager.tsx";
import Form from "next/form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auditLog"))("title") };
}

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/**
 * Käyttö- ja luovutusloki for the data-protection officer (an admin acting for them): a plain GET
 * form, so a search is an address that can be kept; the results are a table, 50 to a page.
 */
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Params> }) {
  const user = await requireUser("/admin/audit");
  allowPage(user, "audit.review");
  const t = await getTranslations("auditLog");
  const params = await searchParams;
  const values = { user: one(params.user), family: one(params.family), from: one(params.from), to: one(params.to) };
  const parsed = auditSearchSchema.safeParse({ ...values, page: one(params.page) || undefined });
  let errors: Record<string, string> = parsed.success ? {} : fieldErrorsFromZod(parsed.error);
  let result: AuditSearchResult | null = null;
  // Nothing is searched (or logged) until the officer names a user, a family or a period.
  const anyFilter = Object.values(values).some((v) => v !== "");
  if (parsed.success && anyFilter) {
    try {
      result = await searchAuditTrail(db, user, parsed.data);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== "VALIDATION") throw err;
      errors = err.fieldErrors;
    }
  }
  const href = (page: number) => {
    const q = new URLSearchParams(Object.entries(values).filter(([, v]) => v !== ""));
    if (page > 1) q.set("page", String(page));
    const s = q.toString();
    return `/admin/audit${s ? `?${s}` : ""}`;
  };
  const describedBy = (name: string, hint?: string) => [hint, errors[name] && `audit-${name}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <>
      <p>
        <Link href="/admin">{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <Form action="/admin/audit" className="card" noValidate>
        <fieldset>
          <legend>{t("searchLegend")}</legend>
          <div className="row">
            <div className="field">
              <label htmlFor="audit-user">{t("user")}</label>
              <input id="audit-user" name="user" type="email" autoComplete="off" defaultValue={values.user} aria-invalid={errors.user ? true : undefined} aria-describedby={describedBy("user")} />
              <FieldError id="audit-user-error" errorKey={errors.user} />
            </div>
            <div className="field">
              <label htmlFor="audit-family">{t("family")}</label>
              <span id="audit-family-hint" className="hint">
                {t("familyHint")}
              </span>
              <input id="audit-family" name="family" type="text" size={38} autoComplete="off" defaultValue={values.family} aria-invalid={errors.family ? true : undefined} aria-describedby={describedBy("family", "audit-family-hint")} />
              <FieldError id="audit-family-error" errorKey={errors.family} />
            </div>
          </div>
          <div className="row">
            <PlainDateField id="audit-from" name="from" label={t("from")} defaultValue={values.from} errorKey={errors.from} />
            <PlainDateField id="audit-to" name="to" label={t("to")} defaultValue={values.to} errorKey={errors.to} />
          </div>
        </fieldset>
        <div className="actions">
          <button type="submit" className="button">
            {t("search")}
          </button>
          <Link href="/admin/audit" className="button secondary">
            {t("clear")}
          </Link>
        </div>
      </Form>
      {result && <AuditResults result={result} />}
      {result && <Pager page={result.page} pages={result.pages} href={href} />}
    </>
  );
}

async function AuditResults({ result }: { result: AuditSearchResult }) {
  const t = await getTranslations("auditLog");
  return (
    <section aria-labelledby="audit-results">
      <p role="status" id="audit-results">
        {result.unknownUser ? `${t("unknownUser")} ` : ""}
        {result.capped ? t("countCapped", { total: result.total.toLocaleString("fi-FI") }) : t("count", { total: result.total })}
      </p>
      {result.rows.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t("resultsCaption")}>
          <table>
            <caption>{t("resultsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("when")}</th>
                <th scope="col">{t("kind")}</th>
                <th scope="col">{t("action")}</th>
                <th scope="col">{t("actor")}</th>
                <th scope="col">{t("familyColumn")}</th>
                <th scope="col">{t("recipient")}</th>
                <th scope="col">{t("ip")}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((r) => (
                <tr key={r.id}>
                  <td>{formatDateTime(r.occurredAt)}</td>
                  <td>{t(`kinds.${r.kind as "ACCESS"}`)}</td>
                  <td>
                    <code>{r.action}</code>
                  </td>
                  <td>{r.actor ? `${r.actor.name} (${r.actor.email})` : t("system")}</td>
                  <td>{r.familyId ? <code>{r.familyId}</code> : ""}</td>
                  <td>{r.recipient ?? ""}</td>
                  <td>{r.ip ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
