"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { declareAbsenceSchema, type DeclareAbsence, type DeclareAbsenceInput } from "@/lib/absences/schema.ts";
import { declareAbsence } from "@/lib/absences/server-actions.ts";
import { applyServerErrors } from "@/components/ui/form-fields.tsx";
import { DateField, TimeField } from "@/components/ui/date-fields.tsx";
import { translateErrorKey } from "@/components/ui/field-error.tsx";

/** Declares the user's own absence, so that proposed meeting times avoid it. */
export function AbsenceForm({ today }: { today: string }) {
  const t = useTranslations("absences");
  const te = useTranslations("errors");
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "alert" | "notice"; text: string } | null>(null);
  const form = useForm<DeclareAbsenceInput, unknown, DeclareAbsence>({
    resolver: zodResolver(declareAbsenceSchema),
    defaultValues: { startDate: today, startTime: "08:00", endDate: today, endTime: "16:00" },
  });
  async function onValid() {
    setMessage(null);
    const result = await declareAbsence(form.getValues());
    if (!result.ok) return setMessage({ kind: "alert", text: translateErrorKey(te, applyServerErrors(form, result)) });
    setMessage({ kind: "notice", text: t("saved") });
    router.refresh();
  }
  return (
    <form onSubmit={form.handleSubmit(onValid, () => setMessage({ kind: "alert", text: te("formHasErrors") }))} noValidate className="card" aria-labelledby="absence-form-title">
      <h3 id="absence-form-title">{t("declare")}</h3>
      <div className="row">
        <DateField idPrefix="absence" form={form} name="startDate" label={t("startDate")} />
        <TimeField idPrefix="absence" form={form} name="startTime" label={t("startTime")} />
        <DateField idPrefix="absence" form={form} name="endDate" label={t("endDate")} />
        <TimeField idPrefix="absence" form={form} name="endTime" label={t("endTime")} />
      </div>
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {t("save")}
      </button>
      <div role="status" aria-live="polite">
        {message?.kind === "notice" && <p className="notice">{message.text}</p>}
      </div>
      <div role="alert">{message?.kind === "alert" && <p className="alert">{message.text}</p>}</div>
    </form>
  );
}
