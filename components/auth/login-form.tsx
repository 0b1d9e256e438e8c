"use client";
import { useEffect, useRef, useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";

/** Where the browser goes once signed in: /login/continue sets the user's language and sends them on. */
function continueUrl(callbackUrl: string | null): string {
  return callbackUrl ? `/login/continue?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/login/continue";
}

type SecondStep = null | "otp" | "recoveryCode";

/**
 * `callbackUrl`: a same-site path (already checked by the page) to return to after signing in.
 * A user with two-factor authentication gets a second step after the right password: a code from
 * their app (or one recovery code). E-mail and password stay typed; the form sends all three.
 */
export function LoginForm({ sso, callbackUrl = null }: { sso: boolean; callbackUrl?: string | null }) {
  const t = useTranslations("login");
  const t2 = useTranslations("accountSecurity.login");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState<SecondStep>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  // Each time the code field appears or a code is refused, the cursor goes to the code field.
  const [focusCode, setFocusCode] = useState(0);
  useEffect(() => {
    if (focusCode) codeRef.current?.select();
  }, [focusCode]);

  function switchStep(next: Exclude<SecondStep, null>) {
    setStep(next);
    setError(null);
    setFocusCode((n) => n + 1);
  }

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const form = new FormData(e.currentTarget);
    const code = step ? String(form.get(step) ?? "") : "";
    const result = await signIn("credentials", {
      redirect: false,
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      ...(step === "otp" ? { otp: code } : {}),
      ...(step === "recoveryCode" ? { recoveryCode: code } : {}),
    });
    if (!result || result.error) {
      setBusy(false);
      if (result?.error === "TwoFactorRequired") {
        switchStep(step ?? "otp");
        return;
      }
      // One generic message: it never tells whether the e-mail address has an account.
      setError(result?.error === "RateLimited" ? t("rateLimited") : result?.error === "TwoFactorInvalid" ? t2("codeFailed") : t("failed"));
      if (step) setFocusCode((n) => n + 1);
      return;
    }
    window.location.assign(continueUrl(callbackUrl));
  }

  const codeInvalid = error && step ? true : undefined;
  return (
    <>
      <form onSubmit={onSubmit} noValidate className="card">
        <div role="alert" aria-live="assertive">
          {error && <p className="alert">{error}</p>}
        </div>
        <div className="field">
          <label htmlFor="email">{t("email")}</label>
          <input id="email" name="email" type="email" autoComplete="username" required maxLength={254} aria-invalid={error && !step ? true : undefined} />
        </div>
        <div className="field">
          <label htmlFor="password">{t("password")}</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required maxLength={1024} aria-invalid={error && !step ? true : undefined} />
        </div>
        {step && (
          <>
            <p role="status">{t2("codeIntro")}</p>
            {step === "otp" ? (
              <div className="field" key="otp">
                <label htmlFor="otp">{t2("code")}</label>
                <span id="otp-hint" className="hint">
                  {t2("codeHint")}
                </span>
                <input ref={codeRef} id="otp" name="otp" type="text" inputMode="numeric" autoComplete="one-time-code" required maxLength={16} aria-describedby="otp-hint" aria-invalid={codeInvalid} />
              </div>
            ) : (
              <div className="field" key="recoveryCode">
                <label htmlFor="recoveryCode">{t2("recoveryCode")}</label>
                <span id="recoveryCode-hint" className="hint">
                  {t2("recoveryHint")}
                </span>
                <input ref={codeRef} id="recoveryCode" name="recoveryCode" type="text" autoComplete="off" required maxLength={32} aria-describedby="recoveryCode-hint" aria-invalid={codeInvalid} />
              </div>
            )}
          </>
        )}
        <button type="submit" className="button" disabled={busy}>
          {busy ? t("submitting") : step ? t2("verify") : t("submit")}
        </button>
        {step && (
          <p>
            <button type="button" className="button secondary" onClick={() => switchStep(step === "otp" ? "recoveryCode" : "otp")}>
              {step === "otp" ? t2("useRecovery") : t2("useCode")}
            </button>
          </p>
        )}
      </form>
      {sso && (
        <p>
          <button type="button" className="button secondary" onClick={() => void signIn("oidc", { callbackUrl: continueUrl(callbackUrl) })}>
            {t("sso")}
          </button>
        </p>
      )}
    </>
  );
}
