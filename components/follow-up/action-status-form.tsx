"use client";
// One plan action's follow-up status (not started / in progress / done / dropped) with a note.
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { ACTION_STATUSES, actionStatusSchema, type ActionStatusInput, type ActionStatusUpdate } from "@/lib/follow-up/schema.ts";
import { updateActionStatus } from "@/lib/follow-up/server-actions.ts";
import { SelectField, TextField } from "@/components/ui/form-fields.tsx";
import { FormMessages, useActionResult } from "@/components/ui/use-action-result.tsx";

interface Props {
  collaborationId: string;
  actionId: string;
  status: ActionStatusInput["status"];
  note: string;
  /** The action's description, so each form is named by its action. */
  label: string;
}

export function ActionStatusForm({ collaborationId, actionId, status, note, label }: Props) {
  const t = useTranslations("followUp");
  const router = useRouter();
  const prefix = `action-${actionId}`;
  const form = useForm<ActionStatusInput, unknown, ActionStatusUpdate>({
    resolver: zodResolver(actionStatusSchema),
    defaultValues: { collaborationId, actionId, status, note },
  });
  const r = useActionResult(form, prefix);
  async function onValid() {
    if (r.handle(await updateActionStatus(form.getValues()))) router.refresh();
  }
  return (
    <form onSubmit={form.handleSubmit(onValid, r.invalid)} noValidate className="action-status-form" aria-label={label}>
      <FormMessages formError={r.formError} saved={r.saved} savedText={t("statusSaved")} />
      <SelectField form={form} name="status" label={t("actionStatus")} idPrefix={prefix} options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
      <TextField form={form} name="note" label={t("actionNote")} idPrefix={prefix} maxLength={500} />
      <button type="submit" className="button secondary" disabled={form.formState.isSubmitting}>
        {t("saveStatus")}
      </button>
    </form>
  );
}
