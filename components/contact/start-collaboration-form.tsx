"use client";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { emptyChild, emptyGuardian, LANGUAGES, MAX_CHILDREN, MAX_GUARDIANS } from "@/lib/collaborations/schema.ts";
import { startCollaborationSchema, type StartCollaborationInput } from "@/lib/contact/schema.ts";
import { startCollaborationFromRequest } from "@/lib/contact/server-actions.ts";
import { CheckboxField, SelectField, TextField } from "@/components/ui/form-fields.tsx";
import { FormMessages, useActionResult } from "@/components/ui/use-action-result.tsx";

/**
 * Outcome "collaboration started": the family's minimal data (as they gave it when contacted) and
 * the owner — the worker or a frontline worker of the family's municipality. The family's own words
 * are carried over by the server, unchanged; they are not sent from here.
 */
export function StartCollaborationForm({
  requestId,
  familyLanguage,
  interpreterNeeded,
  selfName,
  owners,
}: {
  requestId: string;
  familyLanguage: "fi" | "sv" | "en";
  interpreterNeeded: boolean;
  selfName: string;
  owners: { id: string; label: string }[];
}) {
  const t = useTranslations("contact.request");
  const tn = useTranslations("newCollaboration");
  const tl = useTranslations("locales");
  const router = useRouter();
  const form = useForm<StartCollaborationInput, unknown, unknown>({
    resolver: zodResolver(startCollaborationSchema),
    defaultValues: { requestId, guardians: [{ ...emptyGuardian, language: familyLanguage }], children: [emptyChild], familyLanguage, interpreterNeeded, ownerId: "self" },
    shouldFocusError: true,
  });
  const { formError, setFormError, handle, invalid } = useActionResult(form);
  const guardians = useFieldArray({ control: form.control, name: "guardians" });
  const children = useFieldArray({ control: form.control, name: "children" });
  const languages = LANGUAGES.map((l) => ({ value: l, label: tl(l) }));

  async function onValid() {
    setFormError(null);
    const values = form.getValues();
    const result = await startCollaborationFromRequest(values);
    if (result.ok) {
      // Handed to another worker, the collaboration is theirs (and not visible to this worker).
      router.push(values.ownerId === "self" ? `/families/${result.data.id}?created=1` : `/guidance/requests/${requestId}?started=1`);
      return;
    }
    handle(result);
  }

  return (
    <form onSubmit={form.handleSubmit(onValid, invalid)} noValidate>
      <FormMessages formError={formError} />
      <fieldset>
        <legend>{tn("guardians")}</legend>
        {guardians.fields.map((field, i) => (
          <fieldset key={field.id}>
            <legend>{tn("guardian", { n: i + 1 })}</legend>
            <div className="row">
              <TextField form={form} name={`guardians.${i}.firstName`} label={tn("firstName")} />
              <TextField form={form} name={`guardians.${i}.lastName`} label={tn("lastName")} />
            </div>
            <div className="row">
              <TextField form={form} name={`guardians.${i}.phone`} type="tel" label={tn("phone")} />
              <TextField form={form} name={`guardians.${i}.email`} type="email" label={tn("email")} />
              <SelectField form={form} name={`guardians.${i}.language`} label={tn("guardianLanguage")} options={languages} />
            </div>
            {guardians.fields.length > 1 && (
              <button type="button" className="button secondary" onClick={() => guardians.remove(i)}>
                {tn("removeGuardian", { n: i + 1 })}
              </button>
            )}
          </fieldset>
        ))}
        {guardians.fields.length < MAX_GUARDIANS && (
          <button type="button" className="button secondary" onClick={() => guardians.append({ ...emptyGuardian, language: familyLanguage })}>
            {tn("addGuardian")}
          </button>
        )}
      </fieldset>
      <fieldset>
        <legend>{tn("children")}</legend>
        {children.fields.map((field, i) => (
          <fieldset key={field.id}>
            <legend>{tn("child", { n: i + 1 })}</legend>
            <div className="row">
              <TextField form={form} name={`children.${i}.firstName`} label={tn("childFirstName")} />
              <TextField form={form} name={`children.${i}.birthYear`} label={tn("birthYear")} inputMode="numeric" />
            </div>
            {children.fields.length > 1 && (
              <button type="button" className="button secondary" onClick={() => children.remove(i)}>
                {tn("removeChild", { n: i + 1 })}
              </button>
            )}
          </fieldset>
        ))}
        {children.fields.length < MAX_CHILDREN && (
          <button type="button" className="button secondary" onClick={() => children.append(emptyChild)}>
            {tn("addChild")}
          </button>
        )}
      </fieldset>
      <SelectField form={form} name="familyLanguage" label={tn("familyLanguage")} options={languages} />
      <CheckboxField form={form} name="interpreterNeeded" label={tn("interpreterNeeded")} />
      <SelectField
        form={form}
        name="ownerId"
        label={t("owner")}
        hint={t("ownerHint")}
        options={[{ value: "self", label: t("ownerSelf", { name: selfName }) }, ...owners.map((o) => ({ value: o.id, label: o.label }))]}
      />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("starting") : t("start")}
      </button>
    </form>
  );
}
