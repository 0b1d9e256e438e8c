"use client";
// Yhteydenpito: record a contact with the family (day, channel, short note, next agreed contact).
// Same zod schema as the server; errors next to their fields; values kept on error; keyboard only.
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { CONTACT_CHANNELS, recordContactSchema, type RecordContact, type RecordContactInput } from "@/lib/follow-up/schema.ts";
import { recordContact } from "@/lib/follow-up/server-actions.ts";
import { SelectField, TextArea } from "@/components/ui/form-fields.tsx";
import { DateField, DateTimeField } from "@/components/ui/date-fields.tsx";
import { FormMessages, useActionResult } from "@/components/ui/use-action-result.tsx";

const PREFIX = "contact";

export function ContactForm({ collaborationId, today }: { collaborationId: string; today: string }) {
  const t = useTranslations("followUp");
  const router = useRouter();
  const form = useForm<RecordContactInput, unknown, RecordContact>({
    resolver: zodResolver(recordContactSchema),
    defaultValues: { collaborationId, contactedOn: today, channel: "PHONE", note: "", nextContactAt: "" },
  });
  const r = useActionResult(form, PREFIX);
  async function onValid() {
    const result = await recordContact(form.getValues());
    if (r.handle(result)) {
      form.reset({ collaborationId, contactedOn: today, channel: "PHONE", note: "", nextContactAt: "" });
      router.refresh();
    }
  }
  return (
    <form onSubmit={form.handleSubmit(onValid, r.invalid)} noValidate className="card" aria-labelledby="contact-form-heading">
      <h3 id="contact-form-heading">{t("contactFormHeading")}</h3>
      <FormMessages formError={r.formError} saved={r.saved} savedText={t("contactSaved")} />
      <DateField form={form} name="contactedOn" label={t("contactedOn")} idPrefix={PREFIX} max={today} />
      <SelectField form={form} name="channel" label={t("channel")} idPrefix={PREFIX} options={CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))} />
      <TextArea form={form} name="note" label={t("note")} hint={t("noteHint")} idPrefix={PREFIX} rows={3} />
      <DateTimeField form={form} name="nextContactAt" label={t("nextContactAt")} hint={t("nextContactHint")} idPrefix={PREFIX} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {t("recordContact")}
      </button>
    </form>
  );
}
