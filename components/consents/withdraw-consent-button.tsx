"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { withdrawConsent } from "@/lib/consents/server-actions.ts";
import { translateErrorKey } from "@/components/ui/field-error.tsx";

export function WithdrawConsentButton({ consentId, collaborationId }: { consentId: string; collaborationId: string }) {
  const t = useTranslations("consent");
  const te = useTranslations("errors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function onClick() {
    setBusy(true);
    const result = await withdrawConsent({ consentId });
    setBusy(false);
    if (!result.ok) return setError(translateErrorKey(te, result.message));
    router.push(`/families/${collaborationId}/consent?saved=withdrawn`);
    router.refresh();
  }
  return (
    <div>
      <p className="hint" id={`withdraw-${consentId}-hint`}>
        {t("withdrawConfirm")}
      </p>
      <button type="button" className="button secondary" onClick={onClick} disabled={busy} aria-describedby={`withdraw-${consentId}-hint`}>
        {t("withdraw")}
      </button>
      <div role="alert">{error && <p className="alert">{error}</p>}</div>
    </div>
  );
}
