"use client";
// What the plan form says about its saving: the status line (announced politely), a stop that
// needs the user (a stale version, someone else's lock, an ended session) announced at once with
// its way out, the notices after reloading, restoring or publishing, and the offer to restore
// this device's newer unsaved text.
import Link from "next/link";
import type { RefObject } from "react";
import { useTranslations } from "next-intl";
import { loginUrl } from "@/lib/auth/safe-callback-url.ts";
import { formatTime, formatTimeWithSeconds } from "@/lib/time/format.ts";
import { translateErrorKey } from "@/components/ui/field-error.tsx";
import type { LocalCopy } from "./plan-local-copy.ts";
import type { Status } from "./plan-save-status.ts";

export type PlanNotice = { key: "reloaded" | "restored" } | { key: "published"; version: number } | null;

interface Props {
  collaborationId: string;
  returnPath: string;
  status: Status;
  lastSavedAt: Date | null;
  formError: string | null;
  notice: PlanNotice;
  noticeRef: RefObject<HTMLDivElement | null>;
  restoreOffer: LocalCopy | null;
  onReload(): void;
  onRetryLock(): void;
  onRestore(): void;
  onDiscard(): void;
}

export function PlanSaveNotices({ collaborationId, returnPath, status, lastSavedAt, formError, notice, noticeRef, restoreOffer, onReload, onRetryLock, onRestore, onDiscard }: Props) {
  const t = useTranslations("plan");
  const te = useTranslations("errors");
  const statusLine = (() => {
    switch (status.kind) {
      case "saving":
        return t("saving");
      case "saved":
        return t("savedAt", { time: formatTimeWithSeconds(status.at) });
      case "invalid":
        return t("invalidDraft");
      case "retrying":
        return t(status.reason);
      default:
        return lastSavedAt ? t("savedAt", { time: formatTimeWithSeconds(lastSavedAt) }) : t("notSavedYet");
    }
  })();
  const login = loginUrl(returnPath);
  const signInHref = `${login}${login.includes("?") ? "&" : "?"}expired=1`;
  return (
    <>
      <p className="plan-save-status" aria-live="polite" aria-atomic="true">
        <span className="visually-hidden">{t("statusLabel")}: </span>
        {statusLine}
      </p>
      <div role="alert" aria-live="assertive">
        {status.kind === "conflict" && (
          <div className="alert">
            <p>{te("staleVersion")}</p>
            <p>{t("conflictWarning")}</p>
            <button type="button" className="button secondary" onClick={onReload}>
              {t("conflictReload")}
            </button>
          </div>
        )}
        {status.kind === "locked" && (
          <div className="info">
            <p>
              <strong>{t("lockedBy", { name: status.name, time: formatTime(status.until) })}</strong> {t("lockedReadOnly")}
            </p>
            <button type="button" className="button secondary" onClick={onRetryLock}>
              {t("retryLock")}
            </button>
          </div>
        )}
        {status.kind === "unauthenticated" && (
          <div className="alert">
            <p>{t("sessionExpired")}</p>
            <p>
              <a href={signInHref}>{t("signInAgain")}</a>. {t("signInReturn")}
            </p>
          </div>
        )}
        {status.kind === "gone" && <p className="alert">{translateErrorKey(te, status.messageKey)}</p>}
        {formError && <p className="alert">{translateErrorKey(te, formError)}</p>}
      </div>
      <div role="status" ref={noticeRef} tabIndex={-1}>
        {notice?.key === "reloaded" && <p className="notice">{t("reloaded")}</p>}
        {notice?.key === "restored" && <p className="notice">{t("restored")}</p>}
        {notice?.key === "published" && (
          <p className="notice">
            {t("published", { version: notice.version })}{" "}
            <Link href={`/families/${collaborationId}/plan/versions/${notice.version}`}>{t("showVersion", { version: notice.version })}</Link>
          </p>
        )}
      </div>
      {restoreOffer && (
        <div className="info">
          <p>{t("restoreOffer", { time: formatTimeWithSeconds(new Date(restoreOffer.savedAt)) })}</p>
          <div className="actions">
            <button type="button" className="button" onClick={onRestore}>
              {t("restore")}
            </button>
            <button type="button" className="button secondary" onClick={onDiscard}>
              {t("discard")}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
