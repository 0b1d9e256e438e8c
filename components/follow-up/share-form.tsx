"use client";
// Information to the network: the plan's current version to a party the consent covers. Everyone
// offered is marked covered or not; the server refuses the uncovered with an explanation.
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { SHARE_CHANNELS, shareSchema, type Share, type ShareInput } from "@/lib/follow-up/schema.ts";
import { shareInformation } from "@/lib/follow-up/server-actions.ts";
import { RadioGroup, SelectField } from "@/components/ui/form-fields.tsx";
import { FormMessages, useActionResult } from "@/components/ui/use-action-result.tsx";

const PREFIX = "share";

export function ShareForm({ collaborationId, candidates }: { collaborationId: string; candidates: { id: string; name: string; title: string; covered: boolean }[] }) {
  const t = useTranslations("followUp");
  const router = useRouter();
  const form = useForm<ShareInput, unknown, Share>({
    resolver: zodResolver(shareSchema),
    defaultValues: { collaborationId, recipientUserId: "", channel: "EMAIL_LINK" },
  });
  const r = useActionResult(form, PREFIX);
  async function onValid() {
    if (r.handle(await shareInformation(form.getValues()))) router.refresh();
  }
  return (
    <form onSubmit={form.handleSubmit(onValid, r.invalid)} noValidate className="card" aria-label={t("shareHeading")}>
      <FormMessages formError={r.formError} saved={r.saved} savedText={t("shareSaved")} />
      <SelectField
        form={form}
        name="recipientUserId"
        label={t("recipient")}
        idPrefix={PREFIX}
        options={[{ value: "", label: t("chooseRecipient") }, ...candidates.map((c) => ({ value: c.id, label: t(c.covered ? "covered" : "notCovered", { name: c.name, title: c.title }) }))]}
      />
      <RadioGroup form={form} name="channel" label={t("shareChannel")} idPrefix={PREFIX} options={SHARE_CHANNELS.map((c) => ({ value: c, label: t(`shareChannels.${c}`) }))} />
      <button type="submit" className="button secondary" disabled={form.formState.isSubmitting}>
        {t("share")}
      </button>
    </form>
  );
}
