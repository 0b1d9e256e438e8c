"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { translateErrorKey } from "@/components/ui/field-error.tsx";
import { startMeeting } from "@/lib/meetings/server-actions.ts";

/** Opens the meeting (SCHEDULED → IN_PROGRESS); an error is announced next to the button. */
export function StartMeetingButton({ meetingId }: { meetingId: string }) {
  const t = useTranslations("meetingRun");
  const te = useTranslations("errors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function onClick() {
    setBusy(true);
    const result = await startMeeting({ meetingId });
    setBusy(false);
    if (!result.ok) return setError(translateErrorKey(te, result.fieldErrors._form ?? result.message));
    setError(null);
    router.refresh();
  }
  return (
    <div>
      <button type="button" className="button" onClick={onClick} disabled={busy} aria-describedby={error ? "start-meeting-error" : undefined}>
        {t("start")}
      </button>
      <div role="alert">{error && <p id="start-meeting-error" className="field-error">{error}</p>}</div>
    </div>
  );
}
