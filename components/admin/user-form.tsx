"use client";
// The admin's user form, for a new user and for editing one: name, e-mail, title, unit (active
// units grouped by municipality and area), language, roles as checkboxes, and for a coordinator the
// scope of their statistics. Errors appear next to their field and the typed values stay.
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { ROLES, USER_LOCALES, userDetailsSchema, type UserDetails, type UserDetailsInput } from "@/lib/admin/users/schema.ts";
import type { UnitGroup } from "@/lib/admin/users/form-options.ts";
import { createUserServer, updateUserServer } from "@/lib/admin/users/server-actions.ts";
import { errorAt, SelectField, TextField } from "@/components/ui/form-fields.tsx";
import { FieldError } from "@/components/ui/field-error.tsx";
import { FormMessages, useActionResult } from "@/components/ui/use-action-result.tsx";
import { useState } from "react";

export interface UserFormProps {
  /** Editing this user; a new one when absent. */
  userId?: string;
  values: UserDetailsInput;
  unitGroups: UnitGroup[];
  scopes: { value: string; label: string; kind: "county" | "municipality" }[];
}

export function UserForm({ userId, values, unitGroups, scopes }: UserFormProps) {
  const t = useTranslations("adminUsers");
  const tr = useTranslations("roles");
  const tl = useTranslations("locales");
  const router = useRouter();
  const form = useForm<UserDetailsInput, unknown, UserDetails>({ resolver: zodResolver(userDetailsSchema), defaultValues: values });
  const { formError, saved, handle, invalid } = useActionResult(form, "user");
  const [sessionsEnded, setSessionsEnded] = useState(false);
  const roles = (useWatch({ control: form.control, name: "roles" }) ?? []) as string[];
  const rolesError = errorAt(form.formState.errors, "roles");
  const unitError = errorAt(form.formState.errors, "unitId");

  async function onValid(data: UserDetails) {
    if (userId) {
      const result = await updateUserServer({ ...data, id: userId });
      if (handle(result)) {
        setSessionsEnded(result.data.sessionsEnded);
        router.refresh();
      }
      return;
    }
    const result = await createUserServer(data);
    if (handle(result)) router.push(`/admin/users/${result.data.id}?created=1`);
  }

  return (
    <form onSubmit={form.handleSubmit(onValid, invalid)} noValidate>
      <FormMessages formError={formError} saved={saved && Boolean(userId)} savedText={sessionsEnded ? t("form.savedSessionsEnded") : t("form.saved")} />
      <TextField form={form} idPrefix="user" name="name" label={t("name")} maxLength={120} autoComplete="off" />
      <TextField form={form} idPrefix="user" name="email" label={t("email")} type="email" inputMode="email" maxLength={254} />
      <TextField form={form} idPrefix="user" name="title" label={t("jobTitle")} maxLength={120} />
      <div className="field">
        <label htmlFor="user-unitId">{t("unit")}</label>
        <select id="user-unitId" aria-invalid={unitError ? true : undefined} aria-describedby={unitError ? "user-unitId-error" : undefined} {...form.register("unitId")}>
          <option value="">{t("form.noUnit")}</option>
          {unitGroups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <FieldError id="user-unitId-error" errorKey={unitError} />
      </div>
      <SelectField form={form} idPrefix="user" name="locale" label={t("form.locale")} hint={t("form.localeHint")} options={USER_LOCALES.map((l) => ({ value: l, label: tl(l) }))} />
      <fieldset aria-describedby={rolesError ? "user-roles-error" : undefined}>
        <legend>{t("roles")}</legend>
        {ROLES.map((r, i) => (
          <div className="checkbox" key={r}>
            <input id={i === 0 ? "user-roles" : `user-roles-${r}`} type="checkbox" value={r} {...form.register("roles")} />
            <label htmlFor={i === 0 ? "user-roles" : `user-roles-${r}`}>{tr(r)}</label>
          </div>
        ))}
        <FieldError id="user-roles-error" errorKey={rolesError} />
      </fieldset>
      {roles.includes("COORDINATOR") && (
        <SelectField
          form={form}
          idPrefix="user"
          name="coordinatorScope"
          label={t("form.scope")}
          hint={t("form.scopeHint")}
          options={[{ value: "", label: t("form.scopeChoose") }, ...scopes.map((s) => ({ value: s.value, label: s.kind === "county" ? t("form.scopeCounty", { name: s.label }) : s.label }))]}
        />
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={form.formState.isSubmitting}>
          {userId ? (form.formState.isSubmitting ? t("form.saving") : t("form.save")) : form.formState.isSubmitting ? t("form.creating") : t("form.create")}
        </button>
      </div>
    </form>
  );
}
