"use client";
// The admin's form for a new Hyvinvoinnin tähti template version, prefilled from the current one:
// labels in three languages, order, areas and sub-areas (a sub-area names its side), source note.
// Publishing makes a new immutable version; nothing already published changes.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { publishTemplateSchema, type PublishTemplate, type PublishTemplateInput } from "@/lib/star/schema.ts";
import { publishStarTemplate } from "@/lib/star/server-actions.ts";
import { applyServerErrors, errorAt, SelectField, TextField } from "@/components/ui/form-fields.tsx";
import { FieldError, translateErrorKey } from "@/components/ui/field-error.tsx";

export interface TemplateAreaValues {
  key: string;
  /** "" for a side of the star or a stand-alone area. */
  parentKey: string;
  sortOrder: string;
  labelFi: string;
  labelSv: string;
  labelEn: string;
}

export interface TemplatePublishFormProps {
  source: string;
  areas: TemplateAreaValues[];
}

export function TemplatePublishForm({ source, areas }: TemplatePublishFormProps) {
  const t = useTranslations("star.admin");
  const te = useTranslations("errors");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const form = useForm<PublishTemplateInput, unknown, PublishTemplate>({
    resolver: zodResolver(publishTemplateSchema),
    defaultValues: { source, areas },
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "areas" });
  const watched = (useWatch({ control: form.control, name: "areas" }) ?? []) as Partial<TemplateAreaValues>[];
  const sides = watched.filter((a) => !a.parentKey && a.key);
  const areasError = errorAt(form.formState.errors, "areas");

  function addArea() {
    const next = Math.max(0, ...watched.map((a) => Number(a.sortOrder) || 0)) + 1;
    append({ key: "", parentKey: "", sortOrder: String(next), labelFi: "", labelSv: "", labelEn: "" });
  }

  function removeArea(index: number) {
    remove(index);
    // Keep the keyboard user in place: the next area's first field, or the add button.
    requestAnimationFrame(() => (document.getElementById(`areas-${index}-key`) ?? document.getElementById("star-add-area"))?.focus());
  }

  async function onValid() {
    setFormError(null);
    setStatus(null);
    const result = await publishStarTemplate(form.getValues());
    if (result.ok) {
      setStatus(t("published", { version: result.data.version }));
      router.refresh();
      return;
    }
    setFormError(translateErrorKey(te, applyServerErrors(form, result)));
  }

  return (
    <form onSubmit={form.handleSubmit(onValid, () => setFormError(te("formHasErrors")))} noValidate className="star-template-form">
      <div role="alert" aria-live="assertive">
        {formError && <p className="alert">{formError}</p>}
      </div>
      <TextField form={form} name="source" label={t("sourceLabel")} hint={t("sourceHint")} maxLength={300} />
      <h3 id="star-template-areas">{t("areasHeading")}</h3>
      <p className="hint">{t("keyHint")}</p>
      <div>
        <FieldError id="areas-error" errorKey={areasError} />
        {fields.map((field, i) => {
          const label = watched[i]?.labelFi || watched[i]?.key || "";
          const parentOptions = [
            { value: "", label: t("parentNone") },
            ...sides.filter((s) => s !== watched[i]).map((s) => ({ value: s.key!, label: s.labelFi ? `${s.labelFi} (${s.key})` : s.key! })),
          ];
          // A sub-area whose side was renamed or removed keeps its value, so the error says what is wrong.
          const current = watched[i]?.parentKey;
          if (current && !parentOptions.some((o) => o.value === current)) parentOptions.push({ value: current, label: current });
          return (
            <fieldset key={field.id} className={`star-template-area${watched[i]?.parentKey ? " star-sub-area" : ""}`}>
              <legend>{t("area", { n: i + 1, label })}</legend>
              <div className="star-template-grid">
                <TextField form={form} name={`areas.${i}.labelFi`} label={t("labelFi")} maxLength={200} />
                <TextField form={form} name={`areas.${i}.labelSv`} label={t("labelSv")} maxLength={200} />
                <TextField form={form} name={`areas.${i}.labelEn`} label={t("labelEn")} maxLength={200} />
                <TextField form={form} name={`areas.${i}.key`} label={t("key")} maxLength={60} />
                <SelectField form={form} name={`areas.${i}.parentKey`} label={t("parent")} options={parentOptions} />
                <TextField form={form} name={`areas.${i}.sortOrder`} label={t("sortOrder")} inputMode="numeric" maxLength={4} />
              </div>
              <button type="button" className="button secondary" onClick={() => removeArea(i)}>
                {t("removeArea", { n: i + 1, label })}
              </button>
            </fieldset>
          );
        })}
      </div>
      <p>
        <button type="button" id="star-add-area" className="button secondary" onClick={addArea}>
          {t("addArea")}
        </button>
      </p>
      <div className="actions">
        <button type="submit" className="button" aria-describedby="star-publish-hint" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("publishing") : t("publish")}
        </button>
        <span id="star-publish-hint" className="hint">
          {t("publishHint")}
        </span>
        <div role="status" aria-live="polite">
          {status && <p className="notice">{status}</p>}
        </div>
      </div>
    </form>
  );
}
