"use client";
// Oma tili: changing one's password. The same zod schema as the server; errors next to their
// fields, typed values kept. On success every session has ended (this one too): the user is sent
// to sign in again and told why.
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { signOut } from "next-auth/react";
import { changePasswordFormSchema, type ChangePassword } from "@/lib/account/schema.ts";
import { changeOwnPassword } from "@/lib/account/server-actions.ts";
import { AccountField, useAccountErrorText } from "./account-field.tsx";

type Values = ChangePassword;
const FIELDS = ["currentPassword", "newPassword", "confirmPassword"] as const;

export function ChangePasswordForm() {
  const t = useTranslations("accountSecurity.account");
  const errorText = useAccountErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(changePasswordFormSchema), defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" } });
  const { errors, isSubmitting } = form.formState;

  async function onValid(values: Values) {
    setFormError(null);
    const result = await changeOwnPassword(values);
    if (result.ok) {
      await signOut({ callbackUrl: "/login?passwordChanged=1" });
      return;
    }
    const { _form, ...fields } = result.fieldErrors;
    for (const [name, message] of Object.entries(fields)) if ((FIELDS as readonly string[]).includes(name)) form.setError(name as (typeof FIELDS)[number], { message });
    const first = FIELDS.find((f) => fields[f]);
    if (first) form.setFocus(first);
    setFormError(errorText(_form ?? result.message));
  }

  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(onValid, (errs) => {
        setFormError(errorText("formHasErrors"));
        const first = FIELDS.find((f) => errs[f]);
        if (first) form.setFocus(first);
      })}
    >
      <div role="alert" aria-live="assertive">
        {formError && <p className="alert">{formError}</p>}
      </div>
      <input type="text" name="username" autoComplete="username" hidden readOnly />
      <AccountField id="currentPassword" label={t("currentPassword")} type="password" autoComplete="current-password" maxLength={1024} error={errors.currentPassword?.message} {...form.register("currentPassword")} />
      <AccountField id="newPassword" label={t("newPassword")} hint={t("newPasswordHint")} type="password" autoComplete="new-password" maxLength={1024} error={errors.newPassword?.message} {...form.register("newPassword")} />
      <AccountField id="confirmPassword" label={t("confirmPassword")} type="password" autoComplete="new-password" maxLength={1024} error={errors.confirmPassword?.message} {...form.register("confirmPassword")} />
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? t("changing") : t("changePassword")}
      </button>
    </form>
  );
}
