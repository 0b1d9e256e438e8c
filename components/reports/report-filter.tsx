import { getTranslations } from "next-intl/server";
import { FieldError } from "@/components/ui/field-error.tsx";
import { PlainDateField } from "@/components/ui/date-fields.tsx";
import { GROUP_BY } from "@/lib/reports/period.ts";
import Form from "next/form";

/**
 * The period filter: a plain GET form, so the chosen period is in the address (bookmarkable, and the
 * downloads use the same parameters). Errors come from the same zod schema on the server and are
 * shown next to their fields; the values typed stay in the form.
 */
export async function ReportFilter(props: {
  action: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  municipalities: { id: string; name: string }[];
  showBy?: boolean;
}) {
  const t = await getTranslations("reports.filter");
  const tb = await getTranslations("reports.by");
  const e = props.errors;
  const described = (name: string, hint = false) => [hint ? "filter-hint" : null, e[name] ? `filter-${name}-error` : null].filter(Boolean).join(" ") || undefined;
  const hasErrors = Object.keys(e).length > 0;
  return (
    <Form action={props.action} className="card report-filter" noValidate>
      {hasErrors && (
        <p className="alert" role="alert">
          {t("hasErrors")}
        </p>
      )}
      <fieldset>
        <legend>{t("legend")}</legend>
        <p id="filter-hint" className="hint">
          {t("hint")}
        </p>
        <div className="row">
          <PlainDateField id="filter-from" name="from" label={t("from")} defaultValue={props.values.from} errorKey={e.from} describedBy="filter-hint" />
          <PlainDateField id="filter-to" name="to" label={t("to")} defaultValue={props.values.to} errorKey={e.to} describedBy="filter-hint" />
          {props.showBy !== false && (
            <div className="field">
              <label htmlFor="filter-by">{t("by")}</label>
              <select id="filter-by" name="by" defaultValue={props.values.by} aria-invalid={e.by ? true : undefined} aria-describedby={described("by")}>
                {GROUP_BY.map((g) => (
                  <option key={g} value={g}>
                    {tb(g)}
                  </option>
                ))}
              </select>
              <FieldError id="filter-by-error" errorKey={e.by} />
            </div>
          )}
          {props.municipalities.length > 1 && (
            <div className="field">
              <label htmlFor="filter-municipality">{t("municipality")}</label>
              <select id="filter-municipality" name="municipality" defaultValue={props.values.municipality} aria-invalid={e.municipality ? true : undefined} aria-describedby={described("municipality")}>
                <option value="">{t("allMunicipalities")}</option>
                {props.municipalities.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
                {/* A value typed into the address that is not in the list stays visible next to its error. */}
                {props.values.municipality && !props.municipalities.some((m) => m.id === props.values.municipality) && <option value={props.values.municipality}>{props.values.municipality}</option>}
              </select>
              <FieldError id="filter-municipality-error" errorKey={e.municipality} />
            </div>
          )}
        </div>
        <button type="submit" className="button">
          {t("show")}
        </button>
      </fieldset>
    </Form>
  );
}
