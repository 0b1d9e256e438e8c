"use client";
// An admin resets one user's two-factor authentication: a button, then an inline confirmation
// (keyboard: focus moves to the question and back). The action clears the secret and recovery
// codes, ends the user's sessions and writes who reset whose. Mount it wherever a user is shown.
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { resetUserTwoFactor } from "@/lib/admin/server-actions.ts";
import { useAccountErrorText } from "@/components/account/account-field.tsx";
import { useActionCall } from "@/components/ui/use-action-call.ts";

export function ResetTwoFactorButton({ userId, userName }: { userId: string; userName: string }) {
  const t = useTranslations("accountSecurity.admin");
  const { busy, error, call } = useActionCall(useAccountErrorText());
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  // Keyboard users follow the question: focus moves to it, and back to the button on cancel.
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (wasAsking.current && !done) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking, done]);

  async function reset() {
    const result = await call(() => resetUserTwoFactor({ userId }));
    setAsking(false);
    if (result?.ok) setDone(true);
  }

  return (
    <div className="reset-two-factor">
      <div role="alert" aria-live="assertive">
        {error && <p className="alert">{error}</p>}
      </div>
      <div role="status">{done && <p className="notice">{t("resetDone", { name: userName })}</p>}</div>
      {asking ? (
        <div>
          <p ref={question} tabIndex={-1}>
            {t("resetConfirm", { name: userName })}
          </p>
          <button type="button" className="button" disabled={busy} onClick={() => void reset()}>
            {busy ? t("resetting") : t("resetYes")}
          </button>{" "}
          <button
            type="button"
            className="button secondary"
            onClick={() => setAsking(false)}
          >
            {t("cancel")}
          </button>
        </div>
      ) : (
        !done && (
          <button
            ref={opener}
            type="button"
            className="button secondary"
            onClick={() => setAsking(true)}
          >
            {t("reset", { name: userName })}
          </button>
        )
      )}
    </div>
  );
}
