"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { closeRequestSchema, type CloseRequestInput } from "@/lib/contact/schema.ts";
import { closeContactRequest } from "@/lib/contact/server-actions.ts";
import { applyServerErrors, RadioGroup, TextArea, TextField } from "@/components/ui/form-fields.tsx";
import { translateErrorKey } from "@/components/ui/field-error.tsx";

/** Outcome "advice given and closed" or "forwarded to another service". */
export function CloseRequestForm({ requestId }: { requestId: string }) {
  const t = useTranslations("contact.request");
  const te = useTranslations("errors");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CloseRequestInput, unknown, unknown>({
    resolver: zodResolver(closeRequestSchema),
    defaultValues: { requestId, outcome: undefined as unknown as "ADVICE_GIVEN", forwardedTo: "", outcomeNote: "" },
  });
  const outcome = form.watch("outcome");
  async function onValid() {
    setFormError(null);
    const result = await closeContactRequest(form.getValues());
    if (result.ok) {
      router.refresh();
      return;
    }
    setFormError(translateErrorKey(te, result.fieldErrors._form ?? applyServerErrors(form, result)));
  }
  return (
    <form onSubmit={form.handleSubmit(onValid, () => setFormError(te("formHasErrors")))} noValidate>
      <div role="alert" aria-live="assertive">
        {formError && <p className="alert">{formError}</p>}
      </div>
      <RadioGroup
        form={form}
        name="outcome"
        label={t("closeOutcome")}
        idPrefix="close"
        options={[
          { value: "ADVICE_GIVEN", label: t("outcomeLabel.ADVICE_GIVEN") },
          { value: "FORWARDED", label: t("outcomeLabel.FORWARDED") },
        ]}
      />
      {outcome === "FORWARDED" && <TextField form={form} name="forwardedTo" idPrefix="close" label={t("forwardedTo")} hint={t("forwardedToHint")} />}
      <TextArea form={form} name="outcomeNote" idPrefix="close" label={t("outcomeNote")} hint={t("outcomeNoteHint")} rows={2} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("closing") : t("close")}
      </button>
    </form>
  );
}
