"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { withdrawConsent } from "@/lib/consents/server-actions.ts";
import { ActionButton } from "@/components/ui/action-button.tsx";

export function WithdrawConsentButton({ consentId, collaborationId }: { consentId: string; collaborationId: string }) {
  const t = useTranslations("consent");
  const router = useRouter();
  const hintId = `withdraw-${consentId}-hint`;
  return (
    <div>
      <p className="hint" id={hintId}>
        {t("withdrawConfirm")}
      </p>
      <ActionButton
        action={() => withdrawConsent({ consentId })}
        className="button secondary"
        hintId={hintId}
        onDone={() => {
          router.push(`/families/${collaborationId}/consent?saved=withdrawn`);
          router.refresh();
        }}
      >
        {t("withdraw")}
      </ActionButton>
    </div>
  );
}
