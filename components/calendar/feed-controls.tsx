"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/calendar/server-actions.ts";
import { translateErrorKey } from "@/components/ui/field-error.tsx";

/**
 * Create, replace or revoke the personal feed address. The address is shown only right after it
 * is created: the server keeps just its hash, so it cannot be shown again after a reload.
 */
export function FeedControls({ hasFeed }: { hasFeed: boolean }) {
  const t = useTranslations("calendar");
  const te = useTranslations("errors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [url, setUrl] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: "alert" | "notice"; text: string } | null>(null);

  function create() {
    startTransition(async () => {
      const result = await createCalendarFeed();
      if (!result.ok) return setMessage({ kind: "alert", text: translateErrorKey(te, result.message) });
      setUrl(result.data.url);
      setMessage({ kind: "notice", text: t("created") });
      router.refresh();
    });
  }
  function revoke() {
    startTransition(async () => {
      const result = await revokeCalendarFeed();
      if (!result.ok) return setMessage({ kind: "alert", text: translateErrorKey(te, result.message) });
      setUrl(null);
      setMessage({ kind: "notice", text: t("revoked") });
      router.refresh();
    });
  }

  const active = hasFeed || url !== null;
  return (
    <div>
      <div role="status" aria-live="polite">
        {message && <p className={message.kind}>{message.text}</p>}
      </div>
      {url && (
        <div className="field wide">
          <label htmlFor="calendar-feed-url">{t("urlLabel")}</label>
          <p className="hint" id="calendar-feed-url-hint">
            {t("copyNow")}
          </p>
          <input id="calendar-feed-url" type="text" readOnly value={url} aria-describedby="calendar-feed-url-hint" onFocus={(e) => e.currentTarget.select()} size={60} />
        </div>
      )}
      {active && (
        <p className="hint" id="calendar-feed-actions-hint">
          {t("createNewHint")} {t("revokeHint")}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={create} disabled={pending} aria-describedby={active ? "calendar-feed-actions-hint" : undefined}>
          {pending ? t("working") : active ? t("createNew") : t("create")}
        </button>
        {active && (
          <button type="button" className="button secondary" onClick={revoke} disabled={pending} aria-describedby="calendar-feed-actions-hint">
            {t("revoke")}
          </button>
        )}
      </div>
    </div>
  );
}
