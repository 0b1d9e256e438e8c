"use client";
import Link from "next/link";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { LANGUAGES } from "@/lib/collaborations/schema.ts";
import { CONTACT_LIMITS, contactFormSchema, emptyContactForm, type ContactFormInput, type ContactFormValues } from "@/lib/contact/schema.ts";
import { sendContactForm, type ContactFormState } from "@/lib/contact/server-actions.ts";
import { applyServerErrors, CheckboxField, RadioGroup, SelectField, TextArea, TextField } from "@/components/ui/form-fields.tsx";
import { translateErrorKey } from "@/components/ui/field-error.tsx";
import { serverFieldErrors } from "@/components/ui/server-field-errors.ts";

/**
 * The public contact form (no sign-in). Validated in the browser and again on the server with the
 * same schema; errors appear next to their fields and are announced, and what the family typed stays
 * in the form whatever happens. Its action is a server action, so without JavaScript it is a plain
 * HTML post whose answer page shows the same errors and values; success opens the confirmation page.
 */
export function ContactForm({ municipalities, locale, retentionMonths }: { municipalities: { id: string; name: string }[]; locale: "fi" | "sv" | "en"; retentionMonths: number }) {
  const t = useTranslations("contact.form");
  const te = useTranslations("errors");
  const tl = useTranslations("locales");
  const [state, formAction, pending] = useActionState<ContactFormState, FormData>(sendContactForm, { result: null, values: null });
  const failed = state.result && !state.result.ok ? state.result : null;
  // The first render after a post without JavaScript already carries the answer (errors, values).
  const [formError, setFormError] = useState<string | null>(() => (failed ? translateErrorKey(te, failed.message) : null));
  const [firstErrors] = useState(() => serverFieldErrors<ContactFormInput>(failed?.fieldErrors));
  const form = useForm<ContactFormInput, unknown, ContactFormValues>({
    resolver: zodResolver(contactFormSchema),
    defaultValues: state.values ?? emptyContactForm(locale),
    errors: firstErrors,
    shouldFocusError: true,
  });
  const formRef = useRef<HTMLFormElement>(null);
  // Switching the page's language keeps what was typed; the language to be served in follows the
  // switch until the family has chosen one themselves.
  useEffect(() => {
    if (!form.getFieldState("language").isDirty && !state.values) form.setValue("language", locale);
  }, [form, locale, state.values]);
  // An answer to a send made with JavaScript: errors next to their fields, the first one focused.
  const shown = useRef(state);
  useEffect(() => {
    if (shown.current === state) return;
    shown.current = state;
    if (state.result && !state.result.ok) setFormError(translateErrorKey(te, applyServerErrors(form, state.result)));
  }, [state, form, te]);

  // With JavaScript, the browser checks first (same schema) and only a valid form is sent.
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void form.handleSubmit(
      () => {
        setFormError(null);
        const data = new FormData(formRef.current!);
        startTransition(() => formAction(data));
      },
      () => setFormError(te("formHasErrors")),
    )(event);
  };

  return (
    <form ref={formRef} className="contact-form" action={formAction} onSubmit={onSubmit} noValidate>
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
      {/* Always in the page, shown by CSS only while the box is ticked: so it works without JavaScript too. */}
      <div className="contact-interpreter">
        <TextField form={form} name="interpreterLanguage" label={t("interpreterLanguage")} />
      </div>

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

      <button type="submit" className="button" disabled={pending}>
        {pending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
