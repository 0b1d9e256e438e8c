"use client";
// Closing the joint work: a reason and a short summary. Reopening says why, and is logged.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { CLOSURE_REASONS, closeSchema, reopenSchema, type Close, type CloseInput, type Reopen, type ReopenInput } from "@/lib/follow-up/schema.ts";
import { closeCollaboration, markNotificationRead, reopenCollaboration } from "@/lib/follow-up/server-actions.ts";
import { RadioGroup, TextArea } from "@/components/ui/form-fields.tsx";
import { translateErrorKey } from "@/components/ui/field-error.tsx";
import { FormMessages, useActionResult } from "@/components/ui/use-action-result.tsx";

const PREFIX = "close";

export function CloseForm({ collaborationId, meetingsAhead }: { collaborationId: string; meetingsAhead: number }) {
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
      {meetingsAhead > 0 && <p className="info">{t("closeMeetingsAhead", { count: meetingsAhead })}</p>}
      <FormMessages formError={r.formError} saved={false} savedText="" />
      <RadioGroup form={form} name="reason" label={t("closureReason")} idPrefix={PREFIX} options={CLOSURE_REASONS.map((c) => ({ value: c, label: t(`closureReasons.${c}`) }))} />
      <TextArea form={form} name="summary" label={t("closureSummary")} idPrefix={PREFIX} rows={3} />
      <button type="submit" className="button secondary" disabled={form.formState.isSubmitting}>
        {t("close")}
      </button>
    </form>
  );
}

/** Reopening closed joint work: why, in a sentence or two; the reason is kept and the step logged. */
export function ReopenForm({ collaborationId }: { collaborationId: string }) {
  const t = useTranslations("followUp");
  const router = useRouter();
  const form = useForm<ReopenInput, unknown, Reopen>({ resolver: zodResolver(reopenSchema), defaultValues: { collaborationId, reason: "" } });
  const r = useActionResult(form, "reopen");
  async function onValid() {
    if (r.handle(await reopenCollaboration(form.getValues()))) router.refresh();
  }
  return (
    <form onSubmit={form.handleSubmit(onValid, r.invalid)} noValidate aria-labelledby="reopen-heading">
      <h3 id="reopen-heading">{t("reopen")}</h3>
      <p className="hint">{t("reopenHint")}</p>
      <FormMessages formError={r.formError} saved={false} savedText="" />
      <TextArea form={form} name="reason" label={t("reopenReason")} idPrefix="reopen" rows={2} />
      <button type="submit" className="button secondary" disabled={form.formState.isSubmitting}>
        {t("reopen")}
      </button>
    </form>
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
