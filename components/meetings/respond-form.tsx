"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { respondSchema } from "@/lib/meetings/schema.ts";
import { respondToInvitation } from "@/lib/meetings/server-actions.ts";
import { applyServerErrors, RadioGroup, TextField } from "@/components/ui/form-fields.tsx";
import { translateErrorKey } from "@/components/ui/field-error.tsx";

type Input = z.input<typeof respondSchema>;
type Output = z.output<typeof respondSchema>;

export function RespondForm({ invitationId, current, when }: { invitationId: string; current: "PENDING" | "ACCEPTED" | "DECLINED"; when: string }) {
  const t = useTranslations("respond");
  const te = useTranslations("errors");
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "alert" | "notice"; text: string } | null>(null);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(respondSchema),
    defaultValues: { invitationId, response: current === "DECLINED" ? "DECLINED" : "ACCEPTED", message: "" },
  });
  async function onValid() {
    const result = await respondToInvitation(form.getValues());
    if (!result.ok) return setMessage({ kind: "alert", text: translateErrorKey(te, applyServerErrors(form, result)) });
    setMessage({ kind: "notice", text: t("sent") });
    router.refresh();
  }
  const p = `invitation-${invitationId.slice(0, 8)}`;
  return (
    <form onSubmit={form.handleSubmit(onValid)} noValidate aria-label={t("answerFor", { when })} id={p}>
      <RadioGroup idPrefix={p} form={form} name="response" label={t("answerFor", { when })} options={[{ value: "ACCEPTED", label: t("accept") }, { value: "DECLINED", label: t("decline") }]} />
      <TextField idPrefix={p} form={form} name="message" label={t("message")} maxLength={500} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {t("send")}
      </button>
      <div role="status" aria-live="polite">{message && <p className={message.kind}>{message.text}</p>}</div>
    </form>
  );
}
