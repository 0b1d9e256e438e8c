"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm, type FieldPath } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import {
  emptyChild,
  emptyGuardian,
  ENTRY_ROUTES,
  LANGUAGES,
  MAX_CHILDREN,
  MAX_GUARDIANS,
  newCollaborationSchema,
  type NewCollaboration,
  type NewCollaborationInput,
} from "@/lib/collaborations/schema.ts";
import { createCollaboration } from "@/lib/collaborations/server-actions.ts";
import { FieldError, translateErrorKey } from "@/components/ui/field-error.tsx";

type Path = FieldPath<NewCollaborationInput>;

// The same zod schema validates here and on the server; server-side field errors are shown next
// to the same fields, and what the user typed always stays in the form.
export function NewCollaborationForm() {
  const t = useTranslations("newCollaboration");
  const te = useTranslations("errors");
  const tl = useTranslations("locales");
  const tr = useTranslations("entryRoute");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<NewCollaborationInput, unknown, NewCollaboration>({
    resolver: zodResolver(newCollaborationSchema),
    defaultValues: { guardians: [emptyGuardian], children: [emptyChild], familyLanguage: "fi", interpreterNeeded: false, entryRoute: "NETWORK_WORKER" },
    shouldFocusError: true,
  });
  const { register, handleSubmit, formState, setError, control } = form;
  const guardians = useFieldArray({ control, name: "guardians" });
  const children = useFieldArray({ control, name: "children" });

  const errorOf = (path: string): string | undefined => {
    const parts = path.split(".");
    let node: unknown = formState.errors;
    for (const p of parts) node = (node as Record<string, unknown> | undefined)?.[p];
    const message = (node as { message?: string; root?: { message?: string } } | undefined);
    return message?.message ?? message?.root?.message;
  };
  const a11y = (path: string) => {
    const id = `${path.replace(/\./g, "-")}-error`;
    const err = errorOf(path);
    return { "aria-invalid": err ? true : undefined, "aria-describedby": err ? id : undefined } as const;
  };
  const errorFor = (path: string) => <FieldError id={`${path.replace(/\./g, "-")}-error`} errorKey={errorOf(path)} />;

  async function onValid(_values: NewCollaboration) {
    setFormError(null);
    // Send what the user typed; the server parses it again with the same schema.
    const result = await createCollaboration(form.getValues());
    if (result.ok) {
      router.push(`/families/${result.data.id}?created=1`);
      return;
    }
    for (const [path, key] of Object.entries(result.fieldErrors)) setError(path as Path, { type: "server", message: key });
    setFormError(translateErrorKey(te, result.message));
  }

  function onInvalid() {
    setFormError(te("formHasErrors"));
  }

  return (
    <form onSubmit={handleSubmit(onValid, onInvalid)} noValidate>
      <div role="alert" aria-live="assertive">
        {formError && <p className="alert">{formError}</p>}
      </div>

      <fieldset>
        <legend>{t("guardians")}</legend>
        {guardians.fields.map((field, i) => (
          <fieldset key={field.id}>
            <legend>{t("guardian", { n: i + 1 })}</legend>
            <div className="row">
              <div className="field">
                <label htmlFor={`guardians-${i}-firstName`}>{t("firstName")}</label>
                <input id={`guardians-${i}-firstName`} autoComplete="off" {...register(`guardians.${i}.firstName`)} {...a11y(`guardians.${i}.firstName`)} />
                {errorFor(`guardians.${i}.firstName`)}
              </div>
              <div className="field">
                <label htmlFor={`guardians-${i}-lastName`}>{t("lastName")}</label>
                <input id={`guardians-${i}-lastName`} autoComplete="off" {...register(`guardians.${i}.lastName`)} {...a11y(`guardians.${i}.lastName`)} />
                {errorFor(`guardians.${i}.lastName`)}
              </div>
            </div>
            <div className="row">
              <div className="field">
                <label htmlFor={`guardians-${i}-phone`}>{t("phone")}</label>
                <input id={`guardians-${i}-phone`} type="tel" autoComplete="off" {...register(`guardians.${i}.phone`)} {...a11y(`guardians.${i}.phone`)} />
                {errorFor(`guardians.${i}.phone`)}
              </div>
              <div className="field">
                <label htmlFor={`guardians-${i}-email`}>{t("email")}</label>
                <input id={`guardians-${i}-email`} type="email" autoComplete="off" {...register(`guardians.${i}.email`)} {...a11y(`guardians.${i}.email`)} />
                {errorFor(`guardians.${i}.email`)}
              </div>
              <div className="field">
                <label htmlFor={`guardians-${i}-language`}>{t("guardianLanguage")}</label>
                <select id={`guardians-${i}-language`} {...register(`guardians.${i}.language`)} {...a11y(`guardians.${i}.language`)}>
                  {LANGUAGES.map((l) => (
                    <option key={l} value={l}>
                      {tl(l)}
                    </option>
                  ))}
                </select>
                {errorFor(`guardians.${i}.language`)}
              </div>
            </div>
            {guardians.fields.length > 1 && (
              <button type="button" className="button secondary" onClick={() => guardians.remove(i)}>
                {t("removeGuardian", { n: i + 1 })}
              </button>
            )}
          </fieldset>
        ))}
        {errorFor("guardians")}
        {guardians.fields.length < MAX_GUARDIANS && (
          <button type="button" className="button secondary" onClick={() => guardians.append({ ...emptyGuardian })}>
            {t("addGuardian")}
          </button>
        )}
      </fieldset>

      <fieldset>
        <legend>{t("children")}</legend>
        {children.fields.map((field, i) => (
          <fieldset key={field.id}>
            <legend>{t("child", { n: i + 1 })}</legend>
            <div className="row">
              <div className="field">
                <label htmlFor={`children-${i}-firstName`}>{t("childFirstName")}</label>
                <input id={`children-${i}-firstName`} autoComplete="off" {...register(`children.${i}.firstName`)} {...a11y(`children.${i}.firstName`)} />
                {errorFor(`children.${i}.firstName`)}
              </div>
              <div className="field">
                <label htmlFor={`children-${i}-birthYear`}>{t("birthYear")}</label>
                <input id={`children-${i}-birthYear`} inputMode="numeric" autoComplete="off" maxLength={4} {...register(`children.${i}.birthYear`)} {...a11y(`children.${i}.birthYear`)} />
                {errorFor(`children.${i}.birthYear`)}
              </div>
            </div>
            {children.fields.length > 1 && (
              <button type="button" className="button secondary" onClick={() => children.remove(i)}>
                {t("removeChild", { n: i + 1 })}
              </button>
            )}
          </fieldset>
        ))}
        {errorFor("children")}
        {children.fields.length < MAX_CHILDREN && (
          <button type="button" className="button secondary" onClick={() => children.append({ ...emptyChild })}>
            {t("addChild")}
          </button>
        )}
      </fieldset>

      <div className="field">
        <label htmlFor="familyLanguage">{t("familyLanguage")}</label>
        <select id="familyLanguage" {...register("familyLanguage")} {...a11y("familyLanguage")}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {tl(l)}
            </option>
          ))}
        </select>
        {errorFor("familyLanguage")}
      </div>
      <div className="checkbox">
        <input id="interpreterNeeded" type="checkbox" {...register("interpreterNeeded")} />
        <label htmlFor="interpreterNeeded">{t("interpreterNeeded")}</label>
      </div>

      <fieldset aria-describedby={errorOf("entryRoute") ? "entryRoute-error" : undefined}>
        <legend>{t("entryRoute")}</legend>
        {ENTRY_ROUTES.map((route) => (
          <div className="checkbox" key={route}>
            <input id={`entryRoute-${route}`} type="radio" value={route} {...register("entryRoute")} />
            <label htmlFor={`entryRoute-${route}`}>{tr(route)}</label>
          </div>
        ))}
        {errorFor("entryRoute")}
      </fieldset>

      <div className="actions">
        <button type="submit" className="button" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("submitting") : t("submit")}
        </button>
        <a href="/families">{t("cancel")}</a>
      </div>
    </form>
  );
}
