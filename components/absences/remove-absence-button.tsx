"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { removeAbsence } from "@/lib/absences/server-actions.ts";
import { translateErrorKey } from "@/components/ui/field-error.tsx";

export function RemoveAbsenceButton({ absenceId, label }: { absenceId: string; label: string }) {
  const te = useTranslations("errors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function onClick() {
    setBusy(true);
    const result = await removeAbsence({ absenceId });
    setBusy(false);
    if (!result.ok) return setError(translateErrorKey(te, result.message));
    router.refresh();
  }
  return (
    <>
      <button type="button" className="button secondary" onClick={onClick} disabled={busy}>
        {label}
      </button>
      <span role="alert">{error && <span className="alert">{error}</span>}</span>
    </>
  );
}
