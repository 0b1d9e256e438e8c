"use client";
// What every form does with an action's answer: field errors next to their fields (and focus on
// the first), a form-level message (a closed collaboration explains itself), or success.
import { useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/secure-action.ts";
import { applyServerErrors, fieldId } from "@/components/ui/form-fields.tsx";
import { translateErrorKey } from "@/components/ui/field-error.tsx";

export function useActionResult<T extends FieldValues>(form: UseFormReturn<T, unknown, unknown>, idPrefix?: string) {
  const te = useTranslations("errors");
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  function handle<R>(result: ActionState<R>): result is { ok: true; data: R } {
    if (result.ok) {
      setFormError(null);
      setSaved(true);
      return true;
    }
    setSaved(false);
    const { _form, ...fields } = result.fieldErrors;
    const message = applyServerErrors(form, { fieldErrors: fields, message: result.message });
    const first = Object.keys(fields)[0];
    if (first) document.getElementById(fieldId(first, idPrefix))?.focus();
    setFormError(translateErrorKey(te, _form ?? message));
    return false;
  }
  return { formError, setFormError, saved, setSaved, handle, invalid: () => setFormError(te("formHasErrors")) };
}

/** The announced form-level message and success notice of a form. */
export function FormMessages({ formError, saved, savedText }: { formError: string | null; saved?: boolean; savedText?: string }) {
  return (
    <>
      <div role="alert" aria-live="assertive">
        {formError && <p className="alert">{formError}</p>}
      </div>
      {savedText !== undefined && <div role="status">{saved && !formError && <p className="notice">{savedText}</p>}</div>}
    </>
  );
}
