"use client";
// Yhteinen suunnitelma: the form of seed 001's kirjausrunko, in its order. Autosaves the working
// copy a few seconds after the last change (one request at a time, the latest values queued), holds
// the 5-minute soft lock while editing, and never loses typed text: a stale version, someone else's
// lock, an ended session or a lost connection each stop or retry the save with a clear message,
// keep the values in the form, and keep a copy on this device until the server has it.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useFieldArray, useForm, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { PLAN_ACTION_SETTINGS, planDraftSchema, publishPlanSchema, type PlanDraft, type PlanDraftInput } from "@/lib/plans/schema.ts";
import { fieldErrorsFromZod } from "@/lib/actions/field-errors.ts";
import type { ActionState } from "@/lib/actions/secure-action.ts";
import { loginUrl } from "@/lib/auth/safe-callback-url.ts";
import { formatTime, formatTimeWithSeconds } from "@/lib/time/format.ts";
import { acquirePlanLock, publishPlan, releasePlanLock, reloadPlan, savePlanDraft } from "@/lib/plans/server-actions.ts";
import type { ReloadedPlan } from "@/lib/plans/actions.ts";
import { errorAt, fieldId, TextArea, TextField } from "@/components/ui/form-fields.tsx";
import { DateField, DateTimeField } from "@/components/ui/date-fields.tsx";
import { FieldError, translateErrorKey } from "@/components/ui/field-error.tsx";

/** Autosave waits this long after the last change. */
export const AUTOSAVE_DELAY_MS = 3_000;
/** After a failed save (server error, no connection) the next try is this much later. */
const RETRY_DELAY_MS = 15_000;
/** The server's lock lasts PLAN_LOCK_MINUTES (5); it is renewed when less than 4 minutes are left, i.e. at most once a minute. */
const LOCK_MS = 5 * 60_000;
const LOCK_RENEW_WHEN_LEFT_MS = 4 * 60_000;

type Setting = (typeof PLAN_ACTION_SETTINGS)[number];
type Content = Pick<PlanDraftInput, "thingsNeedingChange" | "actions" | "followUpWorkerToFamily" | "followUpFamilyToWorker" | "nextContactAt">;
type Failure = Extract<ActionState<unknown>, { ok: false }>;

type Status =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "invalid" }
  | { kind: "retrying"; reason: "offline" | "failed" }
  /** Stopped: a stale version; the user's text stays, "Lataa uusin versio" is offered. */
  | { kind: "conflict" }
  /** Stopped and read-only: someone else holds the lock. */
  | { kind: "locked"; name: string; until: Date }
  /** Stopped: the session ended; sign in again and come back. */
  | { kind: "unauthenticated" }
  /** Stopped and read-only: the plan is no longer this user's to edit. */
  | { kind: "gone"; messageKey: string };

const STOPPED: Status["kind"][] = ["conflict", "locked", "unauthenticated", "gone"];

interface LocalCopy {
  savedAt: number;
  values: Content;
}

/** What the autosave compares: the plan's content, in a fixed order. */
function contentJson(v: Content): string {
  return JSON.stringify([
    v.thingsNeedingChange,
    (v.actions ?? []).map((a) => [a.actionId, a.setting, a.description, a.who, a.dueDate, a.place]),
    v.followUpWorkerToFamily,
    v.followUpFamilyToWorker,
    v.nextContactAt,
  ]);
}

function contentOf(v: PlanDraftInput): Content {
  return {
    thingsNeedingChange: v.thingsNeedingChange,
    actions: v.actions,
    followUpWorkerToFamily: v.followUpWorkerToFamily,
    followUpFamilyToWorker: v.followUpFamilyToWorker,
    nextContactAt: v.nextContactAt,
  };
}

const isString = (x: unknown): x is string => typeof x === "string";

/** The device copy is read back from localStorage: accept only the form's own shape. */
function isContent(v: unknown): v is Content {
  const c = v as Record<string, unknown> | null;
  return (
    !!c &&
    isString(c.thingsNeedingChange) &&
    isString(c.followUpWorkerToFamily) &&
    isString(c.followUpFamilyToWorker) &&
    isString(c.nextContactAt) &&
    Array.isArray(c.actions) &&
    c.actions.every((a: Record<string, unknown> | null) => !!a && isString(a.actionId) && (PLAN_ACTION_SETTINGS as readonly unknown[]).includes(a.setting) && isString(a.description) && isString(a.who) && isString(a.dueDate) && isString(a.place))
  );
}

function newActionId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  // Outside a secure context (plain http on a LAN): a v4 UUID from the same random source.
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export interface PlanFormProps {
  collaborationId: string;
  /** The signed-in user: the device copy is kept per collaboration and user. */
  userId: string;
  initialValues: PlanDraftInput;
  draftSavedAt: Date | null;
  /** Someone else holds the lock now: the form opens read-only. */
  lockedBy: { name: string; until: Date } | null;
  /** The meeting the plan is agreed in (?meeting=), recorded with the published version. */
  meetingId: string | null;
  /** Whether a responsible worker has been named (publishing requires one). */
  hasResponsible: boolean;
  /** "2026-11-24T10:15": the earliest next-contact time the picker offers (now, Helsinki). */
  nextContactMin: string;
  /** This page's path with its query, to come back to after signing in again. */
  returnPath: string;
  /** The responsible worker part (the chair's form, or the names), shown in the seed's order. */
  responsibleSection: ReactNode;
}

export function PlanForm(props: PlanFormProps) {
  const { collaborationId, userId, initialValues, meetingId, hasResponsible, nextContactMin, returnPath, responsibleSection } = props;
  const t = useTranslations("plan");
  const te = useTranslations("errors");
  const router = useRouter();
  const storageKey = `yhteinen-aika:plan-draft:${collaborationId}:${userId}`;

  const form = useForm<PlanDraftInput, unknown, PlanDraft>({ resolver: zodResolver(planDraftSchema), defaultValues: initialValues });
  const { fields, insert, remove } = useFieldArray({ control: form.control, name: "actions" });

  const initialStatus: Status = props.lockedBy ? { kind: "locked", name: props.lockedBy.name, until: new Date(props.lockedBy.until) } : { kind: "idle" };
  const [status, setStatusState] = useState<Status>(initialStatus);
  const statusRef = useRef<Status>(initialStatus);
  const [lastSavedAt, setLastSavedAt] = useState<Date | null>(props.draftSavedAt ? new Date(props.draftSavedAt) : null);
  const [notice, setNotice] = useState<{ key: "reloaded" | "restored" } | { key: "published"; version: number } | null>(null);
  const [restoreOffer, setRestoreOffer] = useState<LocalCopy | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [publishError, setPublishError] = useState<string | null>(null);
  const [responsibleError, setResponsibleError] = useState<string | null>(null);
  const [publishing, setPublishing] = useState(false);

  const versionRef = useRef(Number(initialValues.version) || 0);
  const lastSavedJsonRef = useRef(contentJson(initialValues));
  const inFlightRef = useRef<Promise<void> | null>(null);
  const queuedRef = useRef(false);
  const publishingRef = useRef(false);
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retryRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lockUntilRef = useRef<number | null>(null);
  const lockBusyRef = useRef(false);
  const noticeRef = useRef<HTMLDivElement>(null);

  const readOnly = status.kind === "locked" || status.kind === "gone";

  function setStatus(s: Status) {
    statusRef.current = s;
    setStatusState(s);
    if (s.kind === "saved") setLastSavedAt(s.at);
  }
  const isStopped = () => STOPPED.includes(statusRef.current.kind);
  const isDirty = () => contentJson(form.getValues()) !== lastSavedJsonRef.current;

  // ── The copy on this device (only while the server does not have the text) ──
  function storeLocal() {
    try {
      localStorage.setItem(storageKey, JSON.stringify({ savedAt: Date.now(), values: contentOf(form.getValues()) } satisfies LocalCopy));
    } catch {
      // Storage full or disabled: the text is still in the form.
    }
  }
  function clearLocal() {
    try {
      localStorage.removeItem(storageKey);
    } catch {
      // nothing to clear
    }
  }
  function readLocal(): LocalCopy | null {
    try {
      const raw = localStorage.getItem(storageKey);
      if (!raw) return null;
      const parsed = JSON.parse(raw) as { savedAt?: unknown; values?: unknown };
      return typeof parsed.savedAt === "number" && isContent(parsed.values) ? { savedAt: parsed.savedAt, values: parsed.values } : null;
    } catch {
      return null;
    }
  }

  function clearTimer() {
    if (timerRef.current) clearTimeout(timerRef.current);
    timerRef.current = null;
  }
  function scheduleSave(delay = AUTOSAVE_DELAY_MS) {
    clearTimer();
    timerRef.current = setTimeout(() => void latest.current.saveNow(), delay);
  }
  function scheduleRetry() {
    if (retryRef.current) return;
    retryRef.current = setTimeout(() => {
      retryRef.current = null;
      void latest.current.saveNow();
    }, RETRY_DELAY_MS);
  }
  function clearRetry() {
    if (retryRef.current) clearTimeout(retryRef.current);
    retryRef.current = null;
  }

  /** Field errors next to their fields; the rest (responsible worker, forged ids) above the form. */
  function applyErrors(fieldErrors: Record<string, string>, focus: boolean) {
    let first: string | null = null;
    for (const [path, key] of Object.entries(fieldErrors)) {
      if (path === "_form" || path === "version") continue;
      if (path === "responsibleWorkers") {
        setResponsibleError(key);
        first ??= "responsibleWorkers";
        continue;
      }
      if (path === "collaborationId" || path === "meetingId" || /^actions\.\d+\.actionId$/.test(path) || /^actions\.\d+\.setting$/.test(path)) {
        setFormError(key);
        continue;
      }
      form.setError(path as Path<PlanDraftInput>, { type: "server", message: key });
      first ??= path;
    }
    if (!focus || !first) return;
    const target = first === "actions" ? `add-action-${PLAN_ACTION_SETTINGS[0]}` : first === "responsibleWorkers" ? "responsibleWorkers" : fieldId(first);
    document.getElementById(target)?.focus();
  }

  async function showLockHolder() {
    const r = await acquirePlanLock({ collaborationId }).catch(() => null);
    if (r?.ok && !r.data.acquired) {
      lockUntilRef.current = null;
      setStatus({ kind: "locked", name: r.data.lockedBy, until: new Date(r.data.until) });
    } else if (r?.ok && r.data.acquired) {
      // The other editor's lock ended meanwhile: carry on.
      lockUntilRef.current = new Date(r.data.until).getTime();
      setStatus({ kind: "idle" });
      scheduleSave(0);
    } else if (r && !r.ok) {
      await handleFailure(r);
    } else {
      setStatus({ kind: "retrying", reason: "offline" });
      scheduleRetry();
    }
  }

  /** A refused save or publish: stop, retry or show errors, always keeping the text. */
  async function handleFailure(r: Failure) {
    if (r.code === "UNAUTHENTICATED") {
      storeLocal();
      clearTimer();
      clearRetry();
      setStatus({ kind: "unauthenticated" });
    } else if (r.code === "CONFLICT") {
      storeLocal();
      clearTimer();
      if (r.fieldErrors._form === "planLocked") await showLockHolder();
      else setStatus({ kind: "conflict" });
    } else if (r.code === "VALIDATION") {
      applyErrors(r.fieldErrors, false);
      setStatus({ kind: "invalid" });
    } else if (r.code === "NOT_FOUND" || r.code === "FORBIDDEN") {
      clearTimer();
      clearRetry();
      setStatus({ kind: "gone", messageKey: r.message });
    } else {
      storeLocal();
      setStatus({ kind: "retrying", reason: "failed" });
      scheduleRetry();
    }
  }

  /** Takes or renews the soft lock while this user edits; shows who holds it otherwise. */
  async function ensureLock(force = false) {
    const kind = statusRef.current.kind;
    if (kind === "unauthenticated" || kind === "gone") return;
    if (!force && (kind === "locked" || kind === "conflict")) return;
    const until = lockUntilRef.current;
    if (!force && until && until - Date.now() > LOCK_RENEW_WHEN_LEFT_MS) return;
    if (lockBusyRef.current) return;
    lockBusyRef.current = true;
    try {
      const r = await acquirePlanLock({ collaborationId });
      if (!r.ok) {
        if (r.code === "UNAUTHENTICATED" || r.code === "NOT_FOUND" || r.code === "FORBIDDEN") await handleFailure(r);
        return;
      }
      if (r.data.acquired) {
        lockUntilRef.current = new Date(r.data.until).getTime();
        if (statusRef.current.kind === "locked") setStatus(lastSavedAt ? { kind: "saved", at: lastSavedAt } : { kind: "idle" });
      } else {
        lockUntilRef.current = null;
        if (isDirty()) storeLocal();
        clearTimer();
        setStatus({ kind: "locked", name: r.data.lockedBy, until: new Date(r.data.until) });
      }
    } catch {
      // No connection: the next save reports it.
    } finally {
      lockBusyRef.current = false;
    }
  }

  /** One autosave: only when changed, one request at a time (the latest values are queued). */
  async function saveNow(): Promise<void> {
    clearTimer();
    if (publishingRef.current || inFlightRef.current) {
      queuedRef.current = true;
      return inFlightRef.current ?? undefined;
    }
    const values = form.getValues();
    const json = contentJson(values);
    if (json === lastSavedJsonRef.current) return;
    // Until the server confirms, the text is also kept on this device.
    storeLocal();
    if (isStopped()) return;
    const input = { ...values, collaborationId, version: versionRef.current };
    const parsed = planDraftSchema.safeParse(input);
    if (!parsed.success) {
      applyErrors(fieldErrorsFromZod(parsed.error), false);
      setStatus({ kind: "invalid" });
      return;
    }
    setStatus({ kind: "saving" });
    const run = (async () => {
      try {
        const r = await savePlanDraft(input);
        if (r.ok) {
          versionRef.current = r.data.version;
          lastSavedJsonRef.current = json;
          lockUntilRef.current = Date.now() + LOCK_MS;
          clearRetry();
          if (!isDirty()) clearLocal();
          setStatus({ kind: "saved", at: new Date(r.data.savedAt) });
        } else {
          await handleFailure(r);
        }
      } catch {
        // The request did not get through (offline, server restarting): keep the copy and retry.
        setStatus({ kind: "retrying", reason: "offline" });
        scheduleRetry();
      } finally {
        inFlightRef.current = null;
        if (queuedRef.current && !publishingRef.current) {
          queuedRef.current = false;
          void latest.current.saveNow();
        }
      }
    })();
    inFlightRef.current = run;
    return run;
  }

  function onChange(name: string | undefined) {
    if (name && form.getFieldState(name as Path<PlanDraftInput>).error) form.clearErrors(name as Path<PlanDraftInput>);
    if (!isDirty()) return;
    // A typed change hides the last notice; a restore (form.reset, no field name) keeps its own.
    if (name) setNotice(null);
    void ensureLock();
    scheduleSave();
  }

  /** Leaving the page or the tab: save what is pending, keep a device copy, give the lock up. */
  function flushOnLeave(release: boolean) {
    if (isDirty()) {
      storeLocal();
      void saveNow();
    }
    if (release && lockUntilRef.current && !isDirty()) {
      lockUntilRef.current = null;
      void releasePlanLock({ collaborationId }).catch(() => undefined);
    }
  }

  function applyReloaded(data: ReloadedPlan) {
    clearTimer();
    clearRetry();
    versionRef.current = Number(data.values.version) || 0;
    lastSavedJsonRef.current = contentJson(data.values);
    form.reset(data.values);
    form.clearErrors();
    setFormError(null);
    setPublishError(null);
    clearLocal();
    const saved = data.draftSavedAt ? new Date(data.draftSavedAt) : null;
    setLastSavedAt(saved);
    if (data.lockedBy) setStatus({ kind: "locked", name: data.lockedBy.name, until: new Date(data.lockedBy.until) });
    else setStatus(saved ? { kind: "saved", at: saved } : { kind: "idle" });
  }

  /** "Lataa uusin versio": the server's copy replaces the form (the user was warned). */
  async function loadLatest() {
    const r = await reloadPlan({ collaborationId }).catch(() => null);
    if (!r) return setFormError("unexpected");
    if (!r.ok) return handleFailure(r);
    applyReloaded(r.data);
    setNotice({ key: "reloaded" });
    noticeRef.current?.focus();
    if (!r.data.lockedBy) await ensureLock(true);
  }

  /** The lock holder may be done: take over, or say they still edit. */
  async function retryLock() {
    if (isDirty()) {
      // Keep the user's own text: the save itself tells if the server copy moved on meanwhile.
      await ensureLock(true);
      if (statusRef.current.kind !== "locked") {
        setStatus({ kind: "idle" });
        await saveNow();
      }
      return;
    }
    const r = await reloadPlan({ collaborationId }).catch(() => null);
    if (!r) return setFormError("unexpected");
    if (!r.ok) return handleFailure(r);
    applyReloaded(r.data);
    if (!r.data.lockedBy) await ensureLock(true);
  }

  function restore() {
    if (!restoreOffer) return;
    form.reset({ ...restoreOffer.values, collaborationId, version: versionRef.current });
    setRestoreOffer(null);
    clearLocal();
    setNotice({ key: "restored" });
    void ensureLock();
    void saveNow();
  }

  function discard() {
    clearLocal();
    setRestoreOffer(null);
  }

  async function publish() {
    setPublishError(null);
    setResponsibleError(null);
    setFormError(null);
    setNotice(null);
    clearTimer();
    publishingRef.current = true;
    setPublishing(true);
    try {
      if (inFlightRef.current) await inFlightRef.current;
      const stopped = statusRef.current;
      if (stopped.kind === "gone") return setPublishError(stopped.messageKey);
      if (stopped.kind === "unauthenticated" || stopped.kind === "conflict") return setPublishError(stopped.kind);
      if (stopped.kind === "locked") return;
      const values = form.getValues();
      const input = { ...values, collaborationId, version: versionRef.current, meetingId: meetingId ?? "" };
      const parsed = publishPlanSchema.safeParse(input);
      const errors = parsed.success ? {} : fieldErrorsFromZod(parsed.error);
      if (!hasResponsible) errors.responsibleWorkers = "responsibleRequired";
      if (Object.keys(errors).length > 0) {
        applyErrors(errors, true);
        setPublishError("formHasErrors");
        return;
      }
      const json = contentJson(values);
      storeLocal();
      const r = await publishPlan(input);
      if (r.ok) {
        versionRef.current = r.data.version;
        lastSavedJsonRef.current = json;
        // Publishing ends the editing session on the server: the lock is free for the next editor.
        lockUntilRef.current = null;
        if (!isDirty()) clearLocal();
        setStatus({ kind: "saved", at: new Date(r.data.publishedAt) });
        setNotice({ key: "published", version: r.data.versionNumber });
        router.refresh();
        return;
      }
      if (r.code === "VALIDATION") {
        applyErrors(r.fieldErrors, true);
        setPublishError("formHasErrors");
        return;
      }
      await handleFailure(r);
    } catch {
      storeLocal();
      setPublishError("unexpected");
    } finally {
      publishingRef.current = false;
      setPublishing(false);
      if (queuedRef.current || isDirty()) {
        queuedRef.current = false;
        scheduleSave();
      }
    }
  }

  // Event listeners registered once call the latest functions.
  const latest = useRef({ saveNow, onChange, flushOnLeave });
  latest.current = { saveNow, onChange, flushOnLeave };

  useEffect(() => {
    const sub = form.watch((_values, { name }) => latest.current.onChange(name));
    return () => sub.unsubscribe();
  }, [form]);

  useEffect(() => {
    const onPageHide = () => latest.current.flushOnLeave(true);
    const onVisibility = () => {
      if (document.visibilityState === "hidden") latest.current.flushOnLeave(false);
    };
    window.addEventListener("pagehide", onPageHide);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", onPageHide);
      document.removeEventListener("visibilitychange", onVisibility);
      latest.current.flushOnLeave(true);
    };
  }, []);

  // Back after signing in (or after a lost connection): offer this device's newer unsaved text.
  useEffect(() => {
    const local = readLocal();
    if (!local) return;
    const serverAt = props.draftSavedAt ? new Date(props.draftSavedAt).getTime() : 0;
    if (local.savedAt > serverAt && contentJson(local.values) !== lastSavedJsonRef.current) setRestoreOffer(local);
    else clearLocal();
    // Once, on opening the page.
  }, []);

  function addRow(setting: Setting) {
    const order = (s: string) => PLAN_ACTION_SETTINGS.indexOf(s as Setting);
    // Rows stay grouped by setting: a new one goes after the last of its own setting.
    const at = form.getValues("actions").filter((a) => order(a.setting) <= order(setting)).length;
    insert(at, { actionId: newActionId(), setting, description: "", who: "", dueDate: "", place: "" }, { shouldFocus: true, focusName: `actions.${at}.description` });
  }

  function removeRow(index: number, setting: Setting) {
    remove(index);
    requestAnimationFrame(() => document.getElementById(`add-action-${setting}`)?.focus());
  }

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
  const signInHref = (() => {
    const url = loginUrl(returnPath);
    return `${url}${url.includes("?") ? "&" : "?"}expired=1`;
  })();
  const errors = form.formState.errors;
  const thingsError = errorAt(errors, "thingsNeedingChange");
  const actionsError = errorAt(errors, "actions");

  return (
    <div
      className="plan-form"
      onFocus={() => void ensureLock()}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) void saveNow();
      }}
    >
      <p className="plan-save-status" aria-live="polite" aria-atomic="true">
        <span className="visually-hidden">{t("statusLabel")}: </span>
        {statusLine}
      </p>
      <div role="alert" aria-live="assertive">
        {status.kind === "conflict" && (
          <div className="alert">
            <p>{te("staleVersion")}</p>
            <p>{t("conflictWarning")}</p>
            <button type="button" className="button secondary" onClick={() => void loadLatest()}>
              {t("conflictReload")}
            </button>
          </div>
        )}
        {status.kind === "locked" && (
          <div className="info">
            <p>
              <strong>{t("lockedBy", { name: status.name, time: formatTime(status.until) })}</strong> {t("lockedReadOnly")}
            </p>
            <button type="button" className="button secondary" onClick={() => void retryLock()}>
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
            <button type="button" className="button" onClick={restore}>
              {t("restore")}
            </button>
            <button type="button" className="button secondary" onClick={discard}>
              {t("discard")}
            </button>
          </div>
        </div>
      )}

      <fieldset className="plain" disabled={readOnly}>
        <section aria-labelledby="plan-things-heading">
          <h2 id="plan-things-heading">
            <label htmlFor="thingsNeedingChange">{t("thingsHeading")}</label>
          </h2>
          <div className="field wide">
            <textarea
              id="thingsNeedingChange"
              rows={5}
              aria-invalid={thingsError ? true : undefined}
              aria-describedby={thingsError ? "thingsNeedingChange-error" : undefined}
              {...form.register("thingsNeedingChange")}
            />
            <FieldError id="thingsNeedingChange-error" errorKey={thingsError} />
          </div>
        </section>

        <section aria-labelledby="plan-actions-heading">
          <h2 id="plan-actions-heading">{t("actionsHeading")}</h2>
          <FieldError id="actions-error" errorKey={actionsError} />
          {PLAN_ACTION_SETTINGS.map((setting) => {
            const rows = fields.map((field, index) => ({ field, index })).filter(({ field }) => field.setting === setting);
            const settingName = t(`settingShort.${setting}`);
            return (
              <section key={setting} aria-labelledby={`plan-setting-${setting}`} className="plan-setting">
                <h3 id={`plan-setting-${setting}`}>{t(`settings.${setting}`)}</h3>
                {rows.length === 0 && <p className="hint">{t("noActions")}</p>}
                {rows.map(({ field, index }, n) => (
                  <fieldset key={field.id} className="plan-action">
                    <legend>{t("actionLegend", { n: n + 1 })}</legend>
                    <TextArea form={form} name={`actions.${index}.description`} label={t("actionDescription")} rows={2} />
                    <div className="row">
                      <TextField form={form} name={`actions.${index}.who`} label={t("actionWho")} />
                      <DateField form={form} name={`actions.${index}.dueDate`} label={t("actionDueDate")} />
                    </div>
                    {setting === "ELSEWHERE" && <TextField form={form} name={`actions.${index}.place`} label={t("actionPlace")} />}
                    <button type="button" className="button secondary" onClick={() => removeRow(index, setting)} aria-label={t("removeActionNamed", { n: n + 1, setting: settingName })}>
                      {t("removeAction")}
                    </button>
                  </fieldset>
                ))}
                <p>
                  <button type="button" id={`add-action-${setting}`} className="button secondary" onClick={() => addRow(setting)} aria-label={t("addActionIn", { setting: settingName })}>
                    {t("addAction")}
                  </button>
                </p>
              </section>
            );
          })}
        </section>

        <section aria-labelledby="plan-follow-up-heading">
          <h2 id="plan-follow-up-heading">{t("followUpHeading")}</h2>
          <p className="hint">{t("followUpIntro")}</p>
          <TextArea form={form} name="followUpWorkerToFamily" label={t("followUpWorkerToFamily")} rows={3} />
          <TextArea form={form} name="followUpFamilyToWorker" label={t("followUpFamilyToWorker")} rows={3} />
        </section>
      </fieldset>

      <section aria-labelledby="plan-responsible-heading" id="responsibleWorkers" tabIndex={-1}>
        <h2 id="plan-responsible-heading">{t("responsibleHeading")}</h2>
        <p className="hint">{t("responsibleIntro")}</p>
        {responsibleSection}
        <FieldError id="responsibleWorkers-error" errorKey={responsibleError ?? undefined} />
      </section>

      <fieldset className="plain" disabled={readOnly}>
        <section aria-labelledby="plan-next-contact-heading">
          <h2 id="plan-next-contact-heading">{t("nextContactHeading")}</h2>
          <DateTimeField form={form} name="nextContactAt" label={t("nextContactAt")} hint={t("nextContactIntro")} min={nextContactMin} />
        </section>
      </fieldset>

      <section aria-labelledby="plan-publish-heading">
        <h2 id="plan-publish-heading">{t("publishHeading")}</h2>
        <p className="hint">{t("publishHint")}</p>
        {!hasResponsible && <p className="hint">{t("responsibleMissing")}</p>}
        <div role="alert" aria-live="assertive">
          {publishError && <p className="alert">{translateErrorKey(te, publishError)}</p>}
        </div>
        <button type="button" className="button" onClick={() => void publish()} disabled={readOnly || publishing}>
          {publishing ? t("publishing") : t("publish")}
        </button>
      </section>
    </div>
  );
}
