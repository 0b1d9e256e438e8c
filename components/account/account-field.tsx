"use client";
// A labelled input of the account and security forms, with its hint and error tied by
// aria-describedby. Error keys are looked up in accountSecurity.errors first, then errors.
import { forwardRef } from "react";
import { useTranslations } from "next-intl";
import { translateErrorKey } from "@/components/ui/field-error.tsx";

export function useAccountErrorText(): (key: string) => string {
  const ta = useTranslations("accountSecurity.errors");
  const te = useTranslations("errors");
  return (key: string) => (/^[a-zA-Z]+$/.test(key) && ta.has(key as never) ? ta(key as never) : translateErrorKey(te, key));
}

type Props = React.InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; hint?: string; error?: string };

export const AccountField = forwardRef<HTMLInputElement, Props>(function AccountField({ id, label, hint, error, ...input }, ref) {
  const errorText = useAccountErrorText();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      <input ref={ref} id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {errorText(error)}
        </p>
      )}
    </div>
  );
});
