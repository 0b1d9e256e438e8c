"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";

/** Where the browser goes once signed in: /login/continue sets the user's language and sends them on. */
function continueUrl(callbackUrl: string | null): string {
  return callbackUrl ? `/login/continue?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/login/continue";
}

/** `callbackUrl`: a same-site path (already checked by the page) to return to after signing in. */
export function LoginForm({ sso, callbackUrl = null }: { sso: boolean; callbackUrl?: string | null }) {
  const t = useTranslations("login");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const form = new FormData(e.currentTarget);
    const result = await signIn("credentials", {
      redirect: false,
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    if (!result || result.error) {
      // One generic message: it never tells whether the e-mail address has an account.
      setError(result?.error === "RateLimited" ? t("rateLimited") : t("failed"));
      setBusy(false);
      return;
    }
    window.location.assign(continueUrl(callbackUrl));
  }

  return (
    <>
      <form onSubmit={onSubmit} noValidate className="card">
        <div role="alert" aria-live="assertive">
          {error && <p className="alert">{error}</p>}
        </div>
        <div className="field">
          <label htmlFor="email">{t("email")}</label>
          <input id="email" name="email" type="email" autoComplete="username" required maxLength={254} aria-invalid={error ? true : undefined} />
        </div>
        <div className="field">
          <label htmlFor="password">{t("password")}</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required maxLength={1024} aria-invalid={error ? true : undefined} />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t("submitting") : t("submit")}
        </button>
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
