"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { ADOPTION_STAGES, changeStageSchema, type ChangeStage, type ChangeStageInput } from "@/lib/reports/adoption-schema.ts";
import { changeMunicipalityStage } from "@/lib/reports/server-actions.ts";
import { applyServerErrors, SelectField, TextArea } from "@/components/ui/form-fields.tsx";
import { DateField } from "@/components/ui/date-fields.tsx";
import { translateErrorKey } from "@/components/ui/field-error.tsx";

/** Changing a municipality's adoption stage: the new stage, the date it took effect and a note. */
export function StageChangeForm({ municipalities, today }: { municipalities: { id: string; name: string }[]; today: string }) {
  const t = useTranslations("reports.adoption.change");
  const ts = useTranslations("adoptionStage");
  const te = useTranslations("errors");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<ChangeStageInput, unknown, ChangeStage>({
    resolver: zodResolver(changeStageSchema),
    defaultValues: { municipalityId: municipalities[0]?.id ?? "", stage: "PLANNING", effectiveDate: today, note: "" },
  });

  async function onValid() {
    setFormError(null);
    setSaved(false);
    const result = await changeMunicipalityStage(form.getValues());
    if (result.ok) {
      form.reset({ ...form.getValues(), note: "" });
      setSaved(true);
      router.refresh();
      return;
    }
    setFormError(translateErrorKey(te, applyServerErrors(form, result)));
  }

  return (
    <form onSubmit={form.handleSubmit(onValid, () => setFormError(te("formHasErrors")))} noValidate className="card" aria-labelledby="stage-change-heading">
      <h2 id="stage-change-heading">{t("heading")}</h2>
      <div role="alert" aria-live="assertive">
        {formError && <p className="alert">{formError}</p>}
      </div>
      <div role="status" aria-live="polite">
        {saved && <p className="notice">{t("saved")}</p>}
      </div>
      <div className="row">
        <SelectField form={form} name="municipalityId" label={t("municipality")} options={municipalities.map((m) => ({ value: m.id, label: m.name }))} />
        <SelectField form={form} name="stage" label={t("stage")} options={ADOPTION_STAGES.map((s) => ({ value: s, label: ts(s) }))} />
        <DateField form={form} name="effectiveDate" label={t("effectiveDate")} />
      </div>
      <TextArea form={form} name="note" label={t("note")} hint={t("noteHint")} rows={2} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("saving") : t("save")}
      </button>
    </form>
  );
}
