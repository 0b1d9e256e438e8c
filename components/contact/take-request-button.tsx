"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { takeContactRequest } from "@/lib/contact/server-actions.ts";
import { translateErrorKey } from "@/components/ui/field-error.tsx";

/** "Take": marks the request as the worker's own; if someone else was faster, says so. */
export function TakeRequestButton({ requestId }: { requestId: string }) {
  const t = useTranslations("contact.request");
  const te = useTranslations("errors");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function take() {
    setBusy(true);
    setError(null);
    const result = await takeContactRequest({ requestId });
    setBusy(false);
    if (!result.ok) setError(translateErrorKey(te, result.fieldErrors._form ?? result.message));
    router.refresh();
  }
  return (
    <div>
      <div role="alert" aria-live="assertive">
        {error && <p className="alert">{error}</p>}
      </div>
      <button type="button" className="button" onClick={take} disabled={busy}>
        {busy ? t("taking") : t("take")}
      </button>
    </div>
  );
}
