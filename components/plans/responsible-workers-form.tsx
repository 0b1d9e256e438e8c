"use client";
// Vastuutyöntekijä: the chair records the one or two professionals the family itself named in the
// meeting. Same zod schema as the server (at most two, no duplicates, the family named them); the
// server also refuses anyone who is not a professional user.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { nameResponsibleWorkersSchema, type NameResponsibleWorkers, type NameResponsibleWorkersInput } from "@/lib/plans/schema.ts";
import type { ResponsibleCandidate } from "@/lib/plans/list-responsible-candidates.ts";
import { nameResponsibleWorkers } from "@/lib/plans/server-actions.ts";
import { CheckboxField, errorAt, TextArea } from "@/components/ui/form-fields.tsx";
import { FieldError, translateErrorKey } from "@/components/ui/field-error.tsx";

export interface CurrentResponsibleWorker {
  userId: string;
  slot: number;
  name: string;
  title: string;
  familyAgreement: string | null;
}

interface Props {
  collaborationId: string;
  candidates: ResponsibleCandidate[];
  current: CurrentResponsibleWorker[];
}

const PREFIX = "responsible";

export function ResponsibleWorkersForm({ collaborationId, candidates, current }: Props) {
  const t = useTranslations("plan.responsibleForm");
  const tp = useTranslations("plan");
  const te = useTranslations("errors");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<NameResponsibleWorkersInput, unknown, NameResponsibleWorkers>({
    resolver: zodResolver(nameResponsibleWorkersSchema),
    defaultValues: {
      collaborationId,
      userIds: current.map((c) => c.userId),
      // The chair confirms it each time: unchecked until they do.
      namedByFamily: false as unknown as true,
      familyAgreement: current[0]?.familyAgreement ?? "",
    },
  });
  const selected = form.watch("userIds");
  const groupError = errorAt(form.formState.errors, "userIds");
  const checkboxId = (userId: string) => `${PREFIX}-candidate-${userId}`;
  // Choices the page does not list (e.g. a current worker whose account has since changed) stay visible.
  const listed = [
    ...candidates,
    ...current.filter((c) => !candidates.some((k) => k.id === c.userId)).map((c) => ({ id: c.userId, name: c.name, title: c.title, unit: null })),
  ];

  function toggle(userId: string, checked: boolean) {
    setSaved(false);
    const next = checked ? [...selected.filter((id) => id !== userId), userId] : selected.filter((id) => id !== userId);
    form.setValue("userIds", next, { shouldValidate: form.formState.isSubmitted, shouldDirty: true });
  }

  async function onValid(values: NameResponsibleWorkers) {
    setFormError(null);
    setSaved(false);
    const result = await nameResponsibleWorkers({ ...form.getValues(), userIds: values.userIds });
    if (result.ok) {
      setSaved(true);
      router.refresh();
      return;
    }
    for (const [path, key] of Object.entries(result.fieldErrors)) form.setError(path as Path<NameResponsibleWorkersInput>, { type: "server", message: key });
    const first = Object.keys(result.fieldErrors)[0];
    const index = first?.startsWith("userIds.") ? Number(first.split(".")[1]) : null;
    const focusId = index !== null && selected[index] ? checkboxId(selected[index]) : first === "userIds" && listed[0] ? checkboxId(listed[0].id) : first ? `${PREFIX}-${first}` : null;
    if (focusId) document.getElementById(focusId)?.focus();
    setFormError(translateErrorKey(te, result.message));
  }

  return (
    <div className="responsible-workers">
      <h3>{t("current")}</h3>
      {current.length === 0 ? (
        <p className="hint">{tp("responsibleNone")}</p>
      ) : (
        <ul>
          {current.map((c) => (
            <li key={c.userId}>
              {c.name}, {c.title}
              {c.familyAgreement && <span className="hint"> — {t("agreement", { text: c.familyAgreement })}</span>}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={form.handleSubmit(onValid, () => setFormError(te("formHasErrors")))} noValidate className="card" aria-label={t("choose")}>
        <div role="alert" aria-live="assertive">
          {formError && <p className="alert">{formError}</p>}
        </div>
        <div role="status">{saved && <p className="notice">{t("saved")}</p>}</div>
        <fieldset aria-describedby={[`${PREFIX}-userIds-hint`, groupError ? `${PREFIX}-userIds-error` : null].filter(Boolean).join(" ")}>
          <legend>{t("choose")}</legend>
          <p id={`${PREFIX}-userIds-hint`} className="hint">
            {listed.length === 0 ? t("noCandidates") : t("chooseHint")}
          </p>
          {listed.map((c) => {
            const index = selected.indexOf(c.id);
            const itemError = index >= 0 ? errorAt(form.formState.errors, `userIds.${index}`) : undefined;
            const id = checkboxId(c.id);
            return (
              <div className="checkbox" key={c.id}>
                <input
                  id={id}
                  type="checkbox"
                  checked={index >= 0}
                  onChange={(e) => toggle(c.id, e.currentTarget.checked)}
                  aria-invalid={itemError || groupError ? true : undefined}
                  aria-describedby={itemError ? `${id}-error` : undefined}
                />
                <label htmlFor={id}>
                  {c.name}, {c.title}
                  {c.unit ? ` (${c.unit})` : ""}
                </label>
                <FieldError id={`${id}-error`} errorKey={itemError} />
              </div>
            );
          })}
          <FieldError id={`${PREFIX}-userIds-error`} errorKey={groupError} />
        </fieldset>
        <CheckboxField form={form} name="namedByFamily" label={t("namedByFamily")} idPrefix={PREFIX} />
        <TextArea form={form} name="familyAgreement" label={t("familyAgreement")} idPrefix={PREFIX} rows={2} />
        <button type="submit" className="button secondary" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("saving") : t("save")}
        </button>
      </form>
    </div>
  );
}
