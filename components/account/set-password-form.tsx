"use client";
// The new password twice. The server applies the password policy; its answer appears next to the
// field, and a link that stopped working meanwhile says what to do next.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { setPasswordFormSchema, type SetPasswordFormInput } from "@/lib/auth/account-schema.ts";
import { setPasswordServer } from "@/lib/auth/server-actions.ts";
import { applyServerErrors, TextField } from "@/components/ui/form-fields.tsx";
import { translateErrorKey } from "@/components/ui/field-error.tsx";

export function SetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("account");
  const te = useTranslations("errors");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [linkDead, setLinkDead] = useState(false);
  const form = useForm<SetPasswordFormInput>({ resolver: zodResolver(setPasswordFormSchema), defaultValues: { token, password: "", confirm: "" } });

  async function onValid(data: SetPasswordFormInput) {
    setFormError(null);
    const result = await setPasswordServer(data);
    if (result.ok) {
      router.push("/login?passwordSet=1");
      return;
    }
    const { token: tokenError, _form, ...fields } = result.fieldErrors;
    if (tokenError) {
      setLinkDead(true);
      setFormError(translateErrorKey(te, tokenError));
      return;
    }
    setFormError(translateErrorKey(te, _form ?? applyServerErrors(form, { fieldErrors: fields, message: result.message })));
  }

  return (
    <form onSubmit={form.handleSubmit(onValid, () => setFormError(te("formHasErrors")))} noValidate>
      <div role="alert" aria-live="assertive">
        {formError && (
          <p className="alert">
            {formError}
            {linkDead && (
              <>
                {" "}
                <Link href="/login/forgot">{t("link.requestNew")}</Link>
              </>
            )}
          </p>
        )}
      </div>
      <input type="hidden" {...form.register("token")} />
      <TextField form={form} name="password" label={t("setPassword.password")} hint={t("setPassword.passwordHint")} type="password" autoComplete="new-password" maxLength={1024} />
      <TextField form={form} name="confirm" label={t("setPassword.confirm")} type="password" autoComplete="new-password" maxLength={1024} />
      <div className="actions">
        <button type="submit" className="button" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("setPassword.submitting") : t("setPassword.submit")}
        </button>
      </div>
    </form>
  );
}
