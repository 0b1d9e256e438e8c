"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { CONCERN_ZONES, concernSchema, type Concern, type ConcernInput } from "@/lib/collaborations/concern-schema.ts";
import { ENTRY_ROUTES } from "@/lib/collaborations/schema.ts";
import { recordConcern } from "@/lib/collaborations/server-actions.ts";
import { CheckboxField, RadioGroup, TextArea } from "@/components/ui/form-fields.tsx";
import { FormMessages, useActionResult } from "@/components/ui/use-action-result.tsx";

export function ConcernForm({ defaults }: { defaults: ConcernInput }) {
  const t = useTranslations("concern");
  const tr = useTranslations("entryRoute");
  const tz = useTranslations("concernZone");
  const router = useRouter();
  const form = useForm<ConcernInput, unknown, Concern>({ resolver: zodResolver(concernSchema), defaultValues: defaults });
  const { formError, setFormError, handle, invalid } = useActionResult(form);
  const held = form.watch("lapsetPuheeksiHeld");

  async function onValid() {
    setFormError(null);
    const result = await recordConcern(form.getValues());
    if (result.ok) {
      router.push(`/families/${defaults.collaborationId}?saved=concern`);
      return;
    }
    handle(result);
  }

  return (
    <form onSubmit={form.handleSubmit(onValid, invalid)} noValidate>
      <FormMessages formError={formError} />
      <RadioGroup form={form} name="entryRoute" label={t("entryRoute")} options={ENTRY_ROUTES.map((r) => ({ value: r, label: tr(r) }))} />
      <TextArea form={form} name="situationMapping" label={t("situationMapping")} hint={t("situationMappingHint")} />
      <TextArea form={form} name="familyWishes" label={t("familyWishes")} hint={t("familyWishesHint")} />
      <TextArea form={form} name="meetingTopics" label={t("meetingTopics")} />

      <fieldset>
        <legend>{t("lapsetPuheeksi")}</legend>
        <CheckboxField form={form} name="lapsetPuheeksiHeld" label={t("lapsetPuheeksiHeld")} />
        {held && (
          <div className="grid-2">
            <TextArea form={form} name="strengthsHome" label={t("strengthsHome")} rows={3} />
            <TextArea form={form} name="vulnerabilitiesHome" label={t("vulnerabilitiesHome")} rows={3} />
            <TextArea form={form} name="strengthsEcecSchool" label={t("strengthsEcecSchool")} rows={3} />
            <TextArea form={form} name="vulnerabilitiesEcecSchool" label={t("vulnerabilitiesEcecSchool")} rows={3} />
            <TextArea form={form} name="strengthsFreeTime" label={t("strengthsFreeTime")} rows={3} />
            <TextArea form={form} name="vulnerabilitiesFreeTime" label={t("vulnerabilitiesFreeTime")} rows={3} />
          </div>
        )}
      </fieldset>

      <RadioGroup
        form={form}
        name="concernZone"
        label={t("concernZone")}
        options={[{ value: "", label: t("concernZoneNotRecorded") }, ...CONCERN_ZONES.map((z) => ({ value: z, label: tz(z) }))]}
      />
      <CheckboxField form={form} name="needIdentifiedTogether" label={t("needIdentifiedTogether")} />

      <div className="actions">
        <button type="submit" className="button" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("saving") : t("save")}
        </button>
      </div>
    </form>
  );
}
