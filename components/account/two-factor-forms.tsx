"use client";
// The two-factor page's forms: start (a new secret, then the page shows the QR code), confirm with
// a code (then the ten recovery codes, once), and turn off with a current code.
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { confirmOwnTwoFactor, disableOwnTwoFactor, startOwnTwoFactor } from "@/lib/account/server-actions.ts";
import { AccountField, useAccountErrorText } from "./account-field.tsx";

export function StartTwoFactorButton() {
  const t = useTranslations("accountSecurity.twoFactor");
  const errorText = useAccountErrorText();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <div role="alert" aria-live="assertive">
        {error && <p className="alert">{error}</p>}
      </div>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const result = await startOwnTwoFactor();
          setBusy(false);
          if (result.ok) router.refresh();
          else setError(errorText(result.fieldErrors._form ?? result.message));
        }}
      >
        {busy ? t("starting") : t("start")}
      </button>
    </>
  );
}

type CodeAction = typeof confirmOwnTwoFactor | typeof disableOwnTwoFactor;

function CodeForm<A extends CodeAction>({ id, action, submit, submitting, hint, onDone }: { id: string; action: A; submit: string; submitting: string; hint: string; onDone: (data: Extract<Awaited<ReturnType<A>>, { ok: true }>["data"]) => void }) {
  const t = useTranslations("accountSecurity.twoFactor");
  const errorText = useAccountErrorText();
  const [code, setCode] = useState("");
  const [busy, setBusy] = useState(false);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setFormError(null);
        const result = await action({ code });
        setBusy(false);
        if (result.ok) {
          setFieldError(undefined);
          onDone(result.data as never);
          return;
        }
        setFieldError(result.fieldErrors.code);
        setFormError(errorText(result.fieldErrors._form ?? result.message));
        if (result.fieldErrors.code) input.current?.select();
      }}
    >
      <div role="alert" aria-live="assertive">
        {formError && <p className="alert">{formError}</p>}
      </div>
      <AccountField ref={input} id={id} name="code" label={t("code")} hint={hint} type="text" inputMode="numeric" autoComplete="one-time-code" maxLength={16} value={code} onChange={(e) => setCode(e.target.value)} error={fieldError} />
      <button type="submit" className="button" disabled={busy}>
        {busy ? submitting : submit}
      </button>
    </form>
  );
}

export function ConfirmTwoFactorForm({ continueHref }: { continueHref: string }) {
  const t = useTranslations("accountSecurity.twoFactor");
  const [codes, setCodes] = useState<string[] | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The codes replace the form: focus moves to their heading, so a screen reader reads them next.
  useEffect(() => {
    if (codes) heading.current?.focus();
  }, [codes]);
  if (codes) {
    return (
      <section aria-labelledby="recovery-title">
        <h2 id="recovery-title" ref={heading} tabIndex={-1}>
          {t("recoveryTitle")}
        </h2>
        <p role="status">{t("recoveryIntro")}</p>
        <ul className="recovery-codes" aria-label={t("recoveryListLabel")}>
          {codes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <p>
          {/* A full page load: the layouts read the account afresh (no enrolment redirect any more). */}
          <a className="button" href={continueHref}>
            {t("continue")}
          </a>
        </p>
      </section>
    );
  }
  return (
    <CodeForm
      id="confirm-code"
      action={confirmOwnTwoFactor}
      submit={t("confirm")}
      submitting={t("confirming")}
      hint={t("codeHint")}
      onDone={(data) => setCodes(data.recoveryCodes)}
    />
  );
}

export function DisableTwoFactorForm() {
  const t = useTranslations("accountSecurity.twoFactor");
  const [done, setDone] = useState(false);
  if (done) return <p role="status" className="notice">{t("disabled")}</p>;
  return (
    <CodeForm
      id="disable-code"
      action={disableOwnTwoFactor}
      submit={t("disable")}
      submitting={t("disabling")}
      hint={t("disableHint")}
      onDone={() => setDone(true)}
    />
  );
}
