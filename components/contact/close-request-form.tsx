"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { closeRequestSchema, type CloseRequestInput } from "@/lib/contact/schema.ts";
import { closeContactRequest } from "@/lib/contact/server-actions.ts";
import { RadioGroup, TextArea, TextField } from "@/components/ui/form-fields.tsx";
import { FormMessages, useActionResult } from "@/components/ui/use-action-result.tsx";

/** Outcome "advice given and closed" or "forwarded to another service". */
export function CloseRequestForm({ requestId }: { requestId: string }) {
  const t = useTranslations("contact.request");
  const router = useRouter();
  const form = useForm<CloseRequestInput, unknown, unknown>({
    resolver: zodResolver(closeRequestSchema),
    defaultValues: { requestId, outcome: undefined as unknown as "ADVICE_GIVEN", forwardedTo: "", outcomeNote: "" },
  });
  const { formError, setFormError, handle, invalid } = useActionResult(form);
  const outcome = form.watch("outcome");
  async function onValid() {
    setFormError(null);
    const result = await closeContactRequest(form.getValues());
    if (result.ok) {
      router.refresh();
      return;
    }
    handle(result);
  }
  return (
    <form onSubmit={form.handleSubmit(onValid, invalid)} noValidate>
      <FormMessages formError={formError} />
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
