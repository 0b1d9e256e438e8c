"use client";
// What every button that calls a server action does: busy while it runs, the translated reason when
// it is refused (a form-level message first, else the first field's, else the general one), and a
// lost connection said as such. Forms with fields use useActionResult instead.
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/secure-action.ts";
import { translateErrorKey } from "@/components/ui/field-error.tsx";

/** `translate`: a module's own error texts (e.g. the account pages'); default: errors.* and dotted keys. */
export function useActionCall(translate?: (key: string) => string) {
  const te = useTranslations("errors");
  const root = useTranslations();
  const text = translate ?? ((key: string) => translateErrorKey(te, key, root));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  /** Runs the action; answers its result, or null when the request did not get through. */
  async function call<T>(action: () => Promise<ActionState<T>>): Promise<ActionState<T> | null> {
    setBusy(true);
    setError(null);
    try {
      const result = await action();
      if (!result.ok) setError(text(result.fieldErrors._form ?? Object.values(result.fieldErrors)[0] ?? result.message));
      return result;
    } catch {
      setError(text("unexpected"));
      return null;
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, setError, call };
}
