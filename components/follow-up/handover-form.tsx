"use client";
// Handing the responsibility over, with the family's agreement recorded. After it the old worker no
// longer has the follow-up, so a successful handover returns to their list.
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { handoverSchema, type Handover, type HandoverInput } from "@/lib/follow-up/schema.ts";
import { handOver } from "@/lib/follow-up/server-actions.ts";
import { CheckboxField, SelectField, TextArea } from "@/components/ui/form-fields.tsx";
import { FormMessages, useActionResult } from "@/components/ui/use-action-result.tsx";

const PREFIX = "handover";

export function HandoverForm({ collaborationId, candidates }: { collaborationId: string; candidates: { id: string; name: string; title: string; unit: string | null }[] }) {
  const t = useTranslations("followUp");
  const router = useRouter();
  const form = useForm<HandoverInput, unknown, Handover>({
    resolver: zodResolver(handoverSchema),
    defaultValues: { collaborationId, toUserId: "", familyAgreed: false as unknown as true, familyAgreement: "" },
  });
  const r = useActionResult(form, PREFIX);
  async function onValid() {
    if (r.handle(await handOver(form.getValues()))) {
      router.push("/follow-up?saved=handover");
      router.refresh();
    }
  }
  return (
    <form onSubmit={form.handleSubmit(onValid, r.invalid)} noValidate className="card" aria-labelledby="handover-heading">
      <h3 id="handover-heading">{t("handoverHeading")}</h3>
      <p className="hint">{t("handoverIntro")}</p>
      <FormMessages formError={r.formError} saved={r.saved} savedText={t("handoverDone")} />
      <SelectField
        form={form}
        name="toUserId"
        label={t("handoverTo")}
        idPrefix={PREFIX}
        options={[{ value: "", label: t("chooseWorker") }, ...candidates.map((c) => ({ value: c.id, label: `${c.name}, ${c.title}${c.unit ? ` (${c.unit})` : ""}` }))]}
      />
      <CheckboxField form={form} name="familyAgreed" label={t("familyAgreed")} idPrefix={PREFIX} />
      <TextArea form={form} name="familyAgreement" label={t("familyAgreement")} idPrefix={PREFIX} rows={2} />
      <button type="submit" className="button secondary" disabled={form.formState.isSubmitting}>
        {t("handover")}
      </button>
    </form>
  );
}
