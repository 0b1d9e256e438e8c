"use client";
// Choosing the new chair for a deactivated worker's open work in one municipality.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { reassignChairServer } from "@/lib/admin/users/server-actions.ts";
import { SelectField } from "@/components/ui/form-fields.tsx";
import { FormMessages, useActionResult } from "@/components/ui/use-action-result.tsx";

interface Values {
  fromUserId: string;
  municipalityId: string;
  toUserId: string;
}

export function ReassignChairForm({ fromUserId, municipalityId, candidates }: { fromUserId: string; municipalityId: string; candidates: { id: string; name: string; title: string }[] }) {
  const t = useTranslations("adminUsers");
  const router = useRouter();
  const form = useForm<Values>({ defaultValues: { fromUserId, municipalityId, toUserId: "" } });
  const { formError, saved, handle, setFormError } = useActionResult(form, "chair");
  const [done, setDone] = useState("");

  async function onSubmit(values: Values) {
    if (!values.toUserId) {
      form.setError("toUserId", { type: "required", message: "required" });
      setFormError(null);
      document.getElementById("chair-toUserId")?.focus();
      return;
    }
    const result = await reassignChairServer(values);
    if (handle(result)) {
      setDone(t("chairDone", result.data));
      router.refresh();
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <FormMessages formError={formError} saved={saved} savedText={done} />
      <SelectField
        form={form}
        idPrefix="chair"
        name="toUserId"
        label={t("newChair")}
        hint={t("newChairHint")}
        options={[{ value: "", label: t("chooseChair") }, ...candidates.map((c) => ({ value: c.id, label: `${c.name}, ${c.title}` }))]}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={form.formState.isSubmitting}>
          {t("chairSubmit")}
        </button>
      </div>
    </form>
  );
}
