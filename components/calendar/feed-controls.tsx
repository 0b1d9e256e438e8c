"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/calendar/server-actions.ts";
import { useActionCall } from "@/components/ui/use-action-call.ts";

/**
 * Create, replace or revoke the personal feed address. The address is shown only right after it
 * is created: the server keeps just its hash, so it cannot be shown again after a reload.
 */
export function FeedControls({ hasFeed }: { hasFeed: boolean }) {
  const t = useTranslations("calendar");
  const router = useRouter();
  const { busy: pending, error, call } = useActionCall();
  const [url, setUrl] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function create() {
    setNotice(null);
    const result = await call(() => createCalendarFeed());
    if (!result?.ok) return;
    setUrl(result.data.url);
    setNotice(t("created"));
    router.refresh();
  }
  async function revoke() {
    setNotice(null);
    const result = await call(() => revokeCalendarFeed());
    if (!result?.ok) return;
    setUrl(null);
    setNotice(t("revoked"));
    router.refresh();
  }

  const active = hasFeed || url !== null;
  return (
    <div>
      <div role="status" aria-live="polite">
        {error ? <p className="alert">{error}</p> : notice && <p className="notice">{notice}</p>}
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
        <button type="button" className="button" onClick={() => void create()} disabled={pending} aria-describedby={active ? "calendar-feed-actions-hint" : undefined}>
          {pending ? t("working") : active ? t("createNew") : t("create")}
        </button>
        {active && (
          <button type="button" className="button secondary" onClick={() => void revoke()} disabled={pending} aria-describedby="calendar-feed-actions-hint">
            {t("revoke")}
          </button>
        )}
      </div>
    </div>
  );
}
