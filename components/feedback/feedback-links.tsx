"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { FEEDBACK_KINDS, type FeedbackKind } from "@/lib/feedback/questions.ts";
import type { FeedbackLink } from "@/lib/feedback/create-feedback-link.ts";
import { formatDate } from "@/lib/time/format.ts";
import { createFeedbackLink } from "@/lib/feedback/server-actions.ts";
import { translateErrorKey } from "@/components/ui/field-error.tsx";
import { QrCode } from "./qr-code.tsx";

/**
 * The chair's buttons: each click makes a new single-use link for one person answering, shown as a
 * large QR code, the short link and the code. The code exists only here (the server keeps its hash),
 * so a reload forgets it; the link itself stays valid.
 */
export function FeedbackLinks({ meetingId }: { meetingId: string }) {
  const t = useTranslations("feedback");
  const te = useTranslations("errors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [working, setWorking] = useState<FeedbackKind | null>(null);
  const [link, setLink] = useState<FeedbackLink | null>(null);
  const [message, setMessage] = useState<{ kind: "alert" | "notice"; text: string } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // A new link moves focus to it, so a screen reader user hears which link is now on screen.
  useEffect(() => {
    if (link) headingRef.current?.focus();
  }, [link]);

  function create(respondent: FeedbackKind) {
    setWorking(respondent);
    setMessage(null);
    startTransition(async () => {
      const result = await createFeedbackLink({ meetingId, respondent });
      setWorking(null);
      if (!result.ok) {
        const key = Object.values(result.fieldErrors)[0] ?? result.message;
        setMessage({ kind: "alert", text: translateErrorKey(te, key) });
        return;
      }
      setLink(result.data);
      setMessage({ kind: "notice", text: t("created") });
      router.refresh();
    });
  }

  return (
    <div>
      <p className="hint" id="feedback-create-hint">
        {t("createHint")}
      </p>
      <div className="actions">
        {FEEDBACK_KINDS.map((kind) => (
          <button key={kind} type="button" className="button" onClick={() => create(kind)} disabled={pending} aria-describedby="feedback-create-hint">
            {working === kind ? t("creating") : t(`create.${kind}`)}
          </button>
        ))}
      </div>
      <div role="status" aria-live="polite">
        {message && <p className={message.kind}>{message.text}</p>}
      </div>
      {link && (
        <section className="card feedback-link" aria-labelledby="feedback-link-heading">
          <h3 id="feedback-link-heading" ref={headingRef} tabIndex={-1}>
            {t(`linkFor.${link.respondent}`)}
          </h3>
          <p>{t("showHint")}</p>
          <div className="feedback-link-body">
            <QrCode value={link.url} label={t("qrAlt", { url: link.url })} className="feedback-qr" />
            <dl className="feedback-link-facts">
              <dt>{t("linkLabel")}</dt>
              <dd>
                <a href={link.url} className="feedback-short-link" target="_blank" rel="noreferrer">
                  {link.url}
                </a>
              </dd>
              <dt>{t("codeLabel")}</dt>
              <dd className="feedback-code">{link.displayCode}</dd>
            </dl>
          </div>
          <p className="hint">
            {t("validUntil", { date: formatDate(new Date(link.expiresAt)) })} {t("nextHint")}
          </p>
        </section>
      )}
    </div>
  );
}
