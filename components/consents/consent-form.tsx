"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { CONSENT_METHODS, EXPERTISE, recordConsentSchema, type RecordConsent, type RecordConsentInput } from "@/lib/consents/schema.ts";
import { recordConsent } from "@/lib/consents/server-actions.ts";
import { applyServerErrors, CheckboxField, errorAt, RadioGroup, SelectField, TextField } from "@/components/ui/form-fields.tsx";
import { DateField } from "@/components/ui/date-fields.tsx";
import { FieldError, translateErrorKey } from "@/components/ui/field-error.tsx";

interface Props {
  collaborationId: string;
  guardians: { id: string; name: string }[];
  professionals: { id: string; name: string }[];
  today: string;
}

export function ConsentForm({ collaborationId, guardians, professionals, today }: Props) {
  const t = useTranslations("consent");
  const te = useTranslations("errors");
  const tx = useTranslations("expertise");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const defaults = (guardianId: string): RecordConsentInput => ({
    collaborationId,
    guardianId,
    method: "VERBAL",
    givenOn: today,
    validUntil: "",
    invitableExpertise: [],
    mayShareInformation: false,
    recipientUserIds: [],
    recipientDescription: "",
  });
  const form = useForm<RecordConsentInput, unknown, RecordConsent>({
    resolver: zodResolver(recordConsentSchema),
    defaultValues: defaults(guardians[0]?.id ?? ""),
  });
  const sharing = form.watch("mayShareInformation");
  const expertiseError = errorAt(form.formState.errors, "invitableExpertise");

  async function onValid() {
    setFormError(null);
    const result = await recordConsent(form.getValues());
    if (result.ok) {
      // Each guardian is recorded separately: start the next one from a clean form.
      const index = guardians.findIndex((g) => g.id === form.getValues("guardianId"));
      form.reset(defaults(guardians[(index + 1) % guardians.length]?.id ?? ""));
      router.push(`/families/${collaborationId}/consent?saved=1`);
      router.refresh();
      return;
    }
    setFormError(translateErrorKey(te, applyServerErrors(form, result)));
  }

  return (
    <form onSubmit={form.handleSubmit(onValid, () => setFormError(te("formHasErrors")))} noValidate className="card">
      <div role="alert" aria-live="assertive">
        {formError && <p className="alert">{formError}</p>}
      </div>
      <SelectField form={form} name="guardianId" label={t("guardian")} options={guardians.map((g) => ({ value: g.id, label: g.name }))} />
      <RadioGroup form={form} name="method" label={t("method")} options={CONSENT_METHODS.map((m) => ({ value: m, label: t(`methods.${m}`) }))} />
      <div className="row">
        <DateField form={form} name="givenOn" label={t("givenOn")} />
        <DateField form={form} name="validUntil" label={t("validUntil")} />
      </div>
      <fieldset aria-describedby={expertiseError ? "invitableExpertise-error" : undefined}>
        <legend>{t("invitableExpertise")}</legend>
        <div className="grid-2">
          {EXPERTISE.map((e) => (
            <div className="checkbox" key={e}>
              <input id={`invitableExpertise-${e}`} type="checkbox" value={e} {...form.register("invitableExpertise")} />
              <label htmlFor={`invitableExpertise-${e}`}>{tx(e)}</label>
            </div>
          ))}
        </div>
        <FieldError id="invitableExpertise-error" errorKey={expertiseError} />
      </fieldset>
      <CheckboxField form={form} name="mayShareInformation" label={t("mayShareInformation")} />
      {sharing && (
        <fieldset>
          <legend>{t("recipientUserIds")}</legend>
          <div className="grid-2">
            {professionals.map((p) => (
              <div className="checkbox" key={p.id}>
                <input id={`recipient-${p.id}`} type="checkbox" value={p.id} {...form.register("recipientUserIds")} />
                <label htmlFor={`recipient-${p.id}`}>{p.name}</label>
              </div>
            ))}
          </div>
          <TextField form={form} name="recipientDescription" label={t("recipientDescription")} maxLength={300} />
        </fieldset>
      )}
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("saving") : t("save")}
      </button>
    </form>
  );
}
