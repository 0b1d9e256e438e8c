"use client";
// Closing the joint work: a reason and a short summary. Reopening is one button, logged.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { CLOSURE_REASONS, closeSchema, type Close, type CloseInput } from "@/lib/follow-up/schema.ts";
import { closeCollaboration, markNotificationRead, reopenCollaboration } from "@/app/(app)/follow-up/actions.ts";
import { RadioGroup, TextArea } from "@/components/ui/form-fields.tsx";
import { translateErrorKey } from "@/components/ui/field-error.tsx";
import { FormMessages, useActionResult } from "./use-action-form.tsx";

const PREFIX = "close";

export function CloseForm({ collaborationId }: { collaborationId: string }) {
  const t = useTranslations("followUp");
  const router = useRouter();
  const form = useForm<CloseInput, unknown, Close>({
    resolver: zodResolver(closeSchema),
    defaultValues: { collaborationId, reason: undefined as unknown as Close["reason"], summary: "" },
  });
  const r = useActionResult(form, PREFIX);
  async function onValid() {
    if (r.handle(await closeCollaboration(form.getValues()))) router.refresh();
  }
  return (
    <form onSubmit={form.handleSubmit(onValid, r.invalid)} noValidate className="card" aria-labelledby="close-heading">
      <h3 id="close-heading">{t("closeHeading")}</h3>
      <p className="hint">{t("closeIntro")}</p>
      <FormMessages formError={r.formError} saved={false} savedText="" />
      <RadioGroup form={form} name="reason" label={t("closureReason")} idPrefix={PREFIX} options={CLOSURE_REASONS.map((c) => ({ value: c, label: t(`closureReasons.${c}`) }))} />
      <TextArea form={form} name="summary" label={t("closureSummary")} idPrefix={PREFIX} rows={3} />
      <button type="submit" className="button secondary" disabled={form.formState.isSubmitting}>
        {t("close")}
      </button>
    </form>
  );
}

export function ReopenButton({ collaborationId }: { collaborationId: string }) {
  const t = useTranslations("followUp");
  const te = useTranslations("errors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function onClick() {
    setBusy(true);
    const result = await reopenCollaboration({ collaborationId });
    setBusy(false);
    if (!result.ok) return setError(translateErrorKey(te, result.fieldErrors._form ?? result.message));
    router.refresh();
  }
  return (
    <div>
      <p className="hint" id="reopen-hint">
        {t("reopenHint")}
      </p>
      <button type="button" className="button secondary" onClick={onClick} disabled={busy} aria-describedby="reopen-hint">
        {t("reopen")}
      </button>
      <div role="alert">{error && <p className="alert">{error}</p>}</div>
    </div>
  );
}

export function MarkReadButton({ notificationId }: { notificationId: string }) {
  const t = useTranslations("followUp");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="button secondary small"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await markNotificationRead({ notificationId });
        setBusy(false);
        router.refresh();
      }}
    >
      {t("markRead")}
    </button>
  );
}
