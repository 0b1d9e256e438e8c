"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { LANGUAGES } from "@/lib/collaborations/schema.ts";
import { CONTACT_LIMITS, PHONE_OUTCOMES, phoneContactSchema, type PhoneContactInput } from "@/lib/contact/schema.ts";
import { recordPhoneContact } from "@/lib/contact/server-actions.ts";
import { applyServerErrors, CheckboxField, RadioGroup, TextArea, TextField } from "@/components/ui/form-fields.tsx";
import { translateErrorKey } from "@/components/ui/field-error.tsx";

/** A call to the one phone number, with the same outcome choices as an electronic request. */
export function PhoneContactForm({ municipalityId, locale }: { municipalityId: string; locale: "fi" | "sv" | "en" }) {
  const t = useTranslations("contact");
  const te = useTranslations("errors");
  const tl = useTranslations("locales");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
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
    setFormError(translateErrorKey(te, result.fieldErrors._form ?? applyServerErrors(form, result)));
  }

  return (
    <form onSubmit={form.handleSubmit(onValid, () => setFormError(te("formHasErrors")))} noValidate>
      <div role="alert" aria-live="assertive">
        {formError && <p className="alert">{formError}</p>}
      </div>
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
