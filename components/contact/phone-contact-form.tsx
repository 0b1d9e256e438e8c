"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { LANGUAGES } from "@/lib/collaborations/schema.ts";
import { CONTACT_LIMITS, PHONE_OUTCOMES, phoneContactSchema, type PhoneContactInput } from "@/lib/contact/schema.ts";
import { recordPhoneContact } from "@/lib/contact/server-actions.ts";
import { CheckboxField, RadioGroup, TextArea, TextField } from "@/components/ui/form-fields.tsx";
import { FormMessages, useActionResult } from "@/components/ui/use-action-result.tsx";

/** A call to the one phone number, with the same outcome choices as an electronic request. */
export function PhoneContactForm({ municipalityId, locale }: { municipalityId: string; locale: "fi" | "sv" | "en" }) {
  const t = useTranslations("contact");
  const tl = useTranslations("locales");
  const router = useRouter();
  const form = useForm<PhoneContactInput, unknown, unknown>({
    resolver: zodResolver(phoneContactSchema),
    defaultValues: {
      municipalityId,
      childrenAges: "",
      message: "",
      contactPreference: "PHONE",
      phone: "",
      email: "",
      contactTimes: "",
      language: locale,
      interpreterNeeded: false,
      interpreterLanguage: "",
      outcome: "KEEP",
      forwardedTo: "",
      outcomeNote: "",
    },
    shouldFocusError: true,
  });
  const { formError, setFormError, handle, invalid } = useActionResult(form);
  const outcome = form.watch("outcome");
  const interpreterNeeded = form.watch("interpreterNeeded");

  async function onValid() {
    setFormError(null);
    const values = form.getValues();
    const result = await recordPhoneContact(values);
    if (result.ok) {
      const anchor = values.outcome === "COLLABORATION_STARTED" ? "#start" : "";
      router.push(`/guidance/requests/${result.data.id}?recorded=1${anchor}`);
      return;
    }
    handle(result);
  }

  return (
    <form onSubmit={form.handleSubmit(onValid, invalid)} noValidate>
      <FormMessages formError={formError} />
      <TextField form={form} name="childrenAges" label={t("form.childrenAges")} hint={t("form.childrenAgesHint")} />
      <TextArea form={form} name="message" label={t("form.message")} hint={t("form.messageHint", { max: CONTACT_LIMITS.message })} rows={4} />
      <RadioGroup
        form={form}
        name="contactPreference"
        label={t("form.contactPreference")}
        options={[
          { value: "PHONE", label: t("form.byPhone") },
          { value: "EMAIL", label: t("form.byEmail") },
        ]}
      />
      <div className="row">
        <TextField form={form} name="phone" type="tel" label={t("form.phone")} />
        <TextField form={form} name="email" type="email" label={t("form.email")} />
      </div>
      <TextField form={form} name="contactTimes" label={t("form.contactTimes")} />
      <RadioGroup form={form} name="language" label={t("form.language")} options={LANGUAGES.map((l) => ({ value: l, label: tl(l) }))} />
      <CheckboxField form={form} name="interpreterNeeded" label={t("form.interpreterNeeded")} />
      {interpreterNeeded && <TextField form={form} name="interpreterLanguage" label={t("form.interpreterLanguage")} />}
      <RadioGroup form={form} name="outcome" label={t("phone.outcome")} options={PHONE_OUTCOMES.map((o) => ({ value: o, label: t(`phone.outcomeLabel.${o}`) }))} />
      {outcome === "FORWARDED" && <TextField form={form} name="forwardedTo" label={t("request.forwardedTo")} hint={t("request.forwardedToHint")} />}
      {(outcome === "ADVICE_GIVEN" || outcome === "FORWARDED") && <TextArea form={form} name="outcomeNote" label={t("request.outcomeNote")} hint={t("request.outcomeNoteHint")} rows={2} />}
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("phone.saving") : t("phone.save")}
      </button>
    </form>
  );
}
