"use client";
// Esittelykierros: the chair ticks who came as people introduce themselves, and adds anyone the
// family brought along. Saved as a whole; errors are shown next to their fields and announced.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { attendanceSchema, type AttendanceInput } from "@/lib/meetings/run-schema.ts";
import { applyServerErrors, errorAt, fieldId } from "@/components/ui/form-fields.tsx";
import { FieldError, translateErrorKey } from "@/components/ui/field-error.tsx";
import { recordAttendance } from "@/lib/meetings/server-actions.ts";

type Output = z.output<typeof attendanceSchema>;

export interface AttendanceFormProps {
  meetingId: string;
  professionals: { userId: string; label: string; attended: boolean }[];
  guardians: { guardianId: string; label: string; attended: boolean }[];
  familyChildren: { childId: string; label: string; attended: boolean }[];
  others: string[];
  readOnly: boolean;
}

export function AttendanceForm({ meetingId, professionals, guardians, familyChildren, others, readOnly }: AttendanceFormProps) {
  const t = useTranslations("meetingRun.attendance");
  const te = useTranslations("errors");
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "alert" | "notice"; text: string } | null>(null);
  const form = useForm<AttendanceInput, unknown, Output>({
    resolver: zodResolver(attendanceSchema),
    defaultValues: {
      meetingId,
      professionals: professionals.map((p) => ({ userId: p.userId, attended: p.attended })),
      guardians: guardians.map((g) => ({ guardianId: g.guardianId, attended: g.attended })),
      children: familyChildren.map((c) => ({ childId: c.childId, attended: c.attended })),
      others: others.map((name) => ({ name })),
    },
  });
  const otherRows = useFieldArray({ control: form.control, name: "others" });

  async function onValid(values: Output) {
    const result = await recordAttendance(values);
    if (!result.ok) return setMessage({ kind: "alert", text: translateErrorKey(te, applyServerErrors(form, result)) });
    setMessage({ kind: "notice", text: t("saved", { present: result.data.present }) });
    router.refresh();
  }

  const box = (group: "professionals" | "guardians" | "children", i: number, label: string) => {
    const id = fieldId(`${group}.${i}.attended`);
    return (
      <li key={id} className="checkbox">
        <input id={id} type="checkbox" disabled={readOnly} {...form.register(`${group}.${i}.attended`)} />
        <label htmlFor={id}>{label}</label>
      </li>
    );
  };

  return (
    <form onSubmit={form.handleSubmit(onValid, () => setMessage({ kind: "alert", text: te("formHasErrors") }))} noValidate aria-labelledby="attendance-heading">
      <fieldset>
        <legend>{t("professionals")}</legend>
        {professionals.length === 0 ? <p>{t("noneInvited")}</p> : <ul className="plain">{professionals.map((p, i) => box("professionals", i, p.label))}</ul>}
      </fieldset>
      <fieldset>
        <legend>{t("family")}</legend>
        <ul className="plain">
          {guardians.map((g, i) => box("guardians", i, g.label))}
          {familyChildren.map((c, i) => box("children", i, c.label))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t("others")}</legend>
        <p className="hint" id="others-hint">
          {t("othersHint")}
        </p>
        {otherRows.fields.map((row, i) => {
          const id = fieldId(`others.${i}.name`);
          const error = errorAt(form.formState.errors, `others.${i}.name`);
          return (
            <div key={row.id} className="field row">
              <label htmlFor={id}>{t("otherName", { n: i + 1 })}</label>
              <input id={id} type="text" maxLength={120} disabled={readOnly} aria-invalid={error ? true : undefined} aria-describedby={["others-hint", error ? `${id}-error` : ""].filter(Boolean).join(" ")} {...form.register(`others.${i}.name`)} />
              {!readOnly && (
                <button type="button" className="button secondary" onClick={() => otherRows.remove(i)}>
                  {t("removeOther", { n: i + 1 })}
                </button>
              )}
              <FieldError id={`${id}-error`} errorKey={error} />
            </div>
          );
        })}
        {!readOnly && otherRows.fields.length < 10 && (
          <button type="button" className="button secondary" onClick={() => otherRows.append({ name: "" })}>
            {t("addOther")}
          </button>
        )}
      </fieldset>
      <div role="status" aria-live="polite">
        {message?.kind === "notice" && <p className="notice">{message.text}</p>}
      </div>
      <div role="alert">{message?.kind === "alert" && <p className="field-error">{message.text}</p>}</div>
      {!readOnly && (
        <button type="submit" className="button" disabled={form.formState.isSubmitting}>
          {t("save")}
        </button>
      )}
    </form>
  );
}
