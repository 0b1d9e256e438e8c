"use client";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { LANGUAGES } from "@/lib/collaborations/schema.ts";
import { CONTACT_LIMITS, contactFormSchema, emptyContactForm, type ContactFormInput, type ContactFormValues } from "@/lib/contact/schema.ts";
import type { SubmitContactResult } from "@/lib/contact/submit-contact-request.ts";
import { applyServerErrors, CheckboxField, RadioGroup, SelectField, TextArea, TextField } from "@/components/ui/form-fields.tsx";
import { translateErrorKey } from "@/components/ui/field-error.tsx";

/**
 * The public contact form (no sign-in). Validated in the browser and again on the server with the
 * same schema; errors appear next to their fields and are announced, and what the family typed stays
 * in the form whatever happens. Sent as JSON to /contact/send; success opens the confirmation page.
 */
export function ContactForm({ municipalities, locale, retentionMonths }: { municipalities: { id: string; name: string }[]; locale: "fi" | "sv" | "en"; retentionMonths: number }) {
  const t = useTranslations("contact.form");
  const te = useTranslations("errors");
  const tl = useTranslations("locales");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ContactFormInput, unknown, ContactFormValues>({
    resolver: zodResolver(contactFormSchema),
    defaultValues: emptyContactForm(locale),
    shouldFocusError: true,
  });
  const interpreterNeeded = form.watch("interpreterNeeded");
  // Switching the page's language keeps what was typed; the language to be served in follows the
  // switch until the family has chosen one themselves.
  useEffect(() => {
    if (!form.getFieldState("language").isDirty) form.setValue("language", locale);
  }, [form, locale]);

  async function onValid() {
    setFormError(null);
    let result: SubmitContactResult;
    try {
      const response = await fetch("/contact/send", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(form.getValues()),
      });
      result = (await response.json()) as SubmitContactResult;
    } catch {
      result = { ok: false, code: "UNEXPECTED", message: "contactUnexpected", fieldErrors: {} };
    }
    if (result.ok) {
      router.push(`/contact/sent?ref=${encodeURIComponent(result.referenceCode)}`);
      return;
    }
    setFormError(translateErrorKey(te, applyServerErrors(form, result)));
  }

  return (
    <form className="contact-form" onSubmit={form.handleSubmit(onValid, () => setFormError(te("formHasErrors")))} noValidate>
      <div role="alert" aria-live="assertive">
        {formError && <p className="alert">{formError}</p>}
      </div>
      <p className="hint">{t("required")}</p>
      <SelectField
        form={form}
        name="municipalityId"
        label={t("municipality")}
        options={[{ value: "", label: t("chooseMunicipality") }, ...municipalities.map((m) => ({ value: m.id, label: m.name }))]}
      />
      <TextField form={form} name="childrenAges" label={t("childrenAges")} hint={t("childrenAgesHint")} />
      <TextArea form={form} name="message" label={t("message")} hint={t("messageHint", { max: CONTACT_LIMITS.message })} rows={6} />
      <RadioGroup
        form={form}
        name="contactPreference"
        label={t("contactPreference")}
        options={[
          { value: "PHONE", label: t("byPhone") },
          { value: "EMAIL", label: t("byEmail") },
        ]}
      />
      <TextField form={form} name="phone" type="tel" inputMode="tel" autoComplete="tel" label={t("phone")} hint={t("phoneHint")} />
      <TextField form={form} name="email" type="email" inputMode="email" autoComplete="email" label={t("email")} hint={t("emailHint")} />
      <TextField form={form} name="contactTimes" label={t("contactTimes")} hint={t("contactTimesHint")} />
      <RadioGroup form={form} name="language" label={t("language")} options={LANGUAGES.map((l) => ({ value: l, label: tl(l) }))} />
      <CheckboxField form={form} name="interpreterNeeded" label={t("interpreterNeeded")} />
      {interpreterNeeded && <TextField form={form} name="interpreterLanguage" label={t("interpreterLanguage")} />}

      <section className="contact-privacy" aria-labelledby="contact-privacy-title">
        <h2 id="contact-privacy-title">{t("privacyTitle")}</h2>
        <p>{t("privacySummary", { months: retentionMonths })}</p>
        <p>
          <Link href="/contact/privacy">{t("privacyLink")}</Link>
        </p>
        <CheckboxField form={form} name="privacyAcknowledged" label={t("privacyAcknowledged")} />
      </section>

      {/* Honeypot: invisible to people and to screen readers, out of the tab order; bots fill it. */}
      <div className="contact-hp" aria-hidden="true">
        <label htmlFor="contact-website">{t("honeypot")}</label>
        <input id="contact-website" type="text" tabIndex={-1} autoComplete="off" {...form.register("website")} />
      </div>

      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
