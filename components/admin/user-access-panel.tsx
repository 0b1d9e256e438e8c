"use client";
// Re-sending the invitation, deactivating and reactivating one user. Each answer is announced; a
// refusal (the last admin) is shown next to the buttons.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/secure-action.ts";
import { deactivateUserServer, reactivateUserServer, resendInvitationServer } from "@/lib/admin/users/server-actions.ts";
import { translateErrorKey } from "@/components/ui/field-error.tsx";

export function UserAccessPanel({ userId, active, statusText, deactivatedText }: { userId: string; active: boolean; statusText: string; deactivatedText: string | null }) {
  const t = useTranslations("adminUsers");
  const te = useTranslations("errors");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function run(action: (input: unknown) => Promise<ActionState<{ id: string }>>, done: string) {
    setBusy(true);
    setError(null);
    setNotice(null);
    const result = await action({ id: userId });
    setBusy(false);
    if (result.ok) {
      setNotice(done);
      router.refresh();
      return;
    }
    setError(translateErrorKey(te, result.fieldErrors._form ?? result.message));
  }

  return (
    <>
      <p>{statusText}</p>
      {active && (
        <p>
          <button type="button" className="button secondary" disabled={busy} onClick={() => run(resendInvitationServer, t("resent"))}>
            {t("resend")}
          </button>
        </p>
      )}
      <h2 id="user-access">{t("deactivation")}</h2>
      {deactivatedText && !active && <p>{deactivatedText}</p>}
      <p className="hint" id="user-deactivate-hint">
        {t("deactivateHint")}
      </p>
      <div className="actions">
        {active ? (
          <button type="button" className="button" aria-describedby="user-deactivate-hint" disabled={busy} onClick={() => run(deactivateUserServer, t("deactivatedNotice"))}>
            {t("deactivate")}
          </button>
        ) : (
          <button type="button" className="button" disabled={busy} onClick={() => run(reactivateUserServer, t("reactivatedNotice"))}>
            {t("reactivate")}
          </button>
        )}
      </div>
      <div role="alert" aria-live="assertive">
        {error && <p className="alert">{error}</p>}
      </div>
      <div role="status">{notice && <p className="notice">{notice}</p>}</div>
    </>
  );
}
