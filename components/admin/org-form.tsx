"use client";
// One form component for the organisation section's small forms (municipality, area, unit, room,
// team, team member): the page names the kind, the fields (translated labels and options) and the
// values; the kind picks the shared zod schema and the server action. Errors appear next to their
// fields with the typed values kept, the first invalid field gets focus, and the result is announced.
import { useRouter } from "next/navigation";
import { useForm, type FieldValues } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import type { ActionState } from "@/lib/actions/secure-action.ts";
import { addTeamMemberSchema, areaSchema, municipalitySchema, roomSchema, teamSchema, unitSchema } from "@/lib/admin/organisation/schema.ts";
import { addTeamMember, saveArea, saveMunicipality, saveRoom, saveTeam, saveUnit } from "@/lib/admin/organisation/server-actions.ts";
import { CheckboxField, SelectField, TextField } from "@/components/ui/form-fields.tsx";
import { FormMessages, useActionResult } from "@/components/ui/use-action-result.tsx";

const FORMS: Record<OrgFormKind, { schema: z.ZodType<FieldValues, FieldValues>; action: (input: unknown) => Promise<ActionState<{ id: string }>> }> = {
  municipality: { schema: municipalitySchema as z.ZodType<FieldValues, FieldValues>, action: saveMunicipality },
  area: { schema: areaSchema as z.ZodType<FieldValues, FieldValues>, action: saveArea },
  unit: { schema: unitSchema as z.ZodType<FieldValues, FieldValues>, action: saveUnit },
  room: { schema: roomSchema as z.ZodType<FieldValues, FieldValues>, action: saveRoom },
  team: { schema: teamSchema as z.ZodType<FieldValues, FieldValues>, action: saveTeam },
  member: { schema: addTeamMemberSchema as z.ZodType<FieldValues, FieldValues>, action: addTeamMember },
};

export type OrgFormKind = "municipality" | "area" | "unit" | "room" | "team" | "member";

export interface OrgFieldSpec {
  name: string;
  label: string;
  type: "text" | "number" | "select" | "checkbox";
  options?: { value: string; label: string }[];
  hint?: string;
  maxLength?: number;
}

export interface OrgFormProps {
  kind: OrgFormKind;
  /** Unique per page: the fields' ids start with it. */
  idPrefix: string;
  fields: OrgFieldSpec[];
  /** Every value the schema reads, including the ones not shown (id, parent id). */
  values: Record<string, string | boolean>;
  submitLabel: string;
  savedText: string;
  /** Empties the form after a successful save (forms that create). */
  resetOnSave?: boolean;
}

export function OrgForm({ kind, idPrefix, fields, values, submitLabel, savedText, resetOnSave }: OrgFormProps) {
  const t = useTranslations("adminOrganisation");
  const router = useRouter();
  const { schema, action } = FORMS[kind];
  const form = useForm<FieldValues>({ resolver: zodResolver(schema), defaultValues: values });
  const result = useActionResult(form, idPrefix);

  async function onValid() {
    const r = await action(form.getValues());
    if (result.handle(r)) {
      if (resetOnSave) form.reset(values);
      router.refresh();
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onValid, result.invalid)} noValidate>
      <FormMessages formError={result.formError} saved={result.saved} savedText={savedText} />
      {fields.map((f) => {
        switch (f.type) {
          case "select":
            return <SelectField key={f.name} form={form} name={f.name} label={f.label} hint={f.hint} options={f.options ?? []} idPrefix={idPrefix} />;
          case "checkbox":
            return <CheckboxField key={f.name} form={form} name={f.name} label={f.label} idPrefix={idPrefix} />;
          case "number":
            return <TextField key={f.name} form={form} name={f.name} label={f.label} hint={f.hint} idPrefix={idPrefix} inputMode="numeric" maxLength={f.maxLength ?? 6} />;
          default:
            return <TextField key={f.name} form={form} name={f.name} label={f.label} hint={f.hint} idPrefix={idPrefix} maxLength={f.maxLength ?? 120} />;
        }
      })}
      <div className="actions">
        <button type="submit" className="button" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("saving") : submitLabel}
        </button>
      </div>
    </form>
  );
}
