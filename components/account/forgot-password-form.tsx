"use client";
// Asking for a reset link. The answer is the same whether or not the address has an account.
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { forgotPasswordSchema, type ForgotPasswordInput } from "@/lib/admin/users/schema.ts";
import { requestPasswordResetServer } from "@/lib/auth/server-actions.ts";
import { applyServerErrors, TextField } from "@/components/ui/form-fields.tsx";
import { translateErrorKey } from "@/components/ui/field-error.tsx";

export function ForgotPasswordForm() {
  const t = useTranslations("account.forgot");
  const te = useTranslations("errors");
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const form = useForm<ForgotPasswordInput>({ resolver: zodResolver(forgotPasswordSchema), defaultValues: { email: "" } });

  async function onValid() {
    setFormError(null);
    setSent(false);
    const result = await requestPasswordResetServer(form.getValues());
    if (result.ok) {
      setSent(true);
      return;
    }
    const { _form, ...fields } = result.fieldErrors;
    setFormError(translateErrorKey(te, _form ?? applyServerErrors(form, { fieldErrors: fields, message: result.message })));
  }

  return (
    <form onSubmit={form.handleSubmit(onValid, () => setFormError(te("formHasErrors")))} noValidate>
      <div role="alert" aria-live="assertive">
        {formError && <p className="alert">{formError}</p>}
      </div>
      <div role="status">{sent && <p className="notice">{t("sent")}</p>}</div>
      <TextField form={form} name="email" label={t("email")} type="email" inputMode="email" autoComplete="email" maxLength={254} />
      <div className="actions">
        <button type="submit" className="button" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("submitting") : t("submit")}
        </button>
      </div>
    </form>
  );
}
