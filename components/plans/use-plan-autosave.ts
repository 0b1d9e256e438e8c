"use client";
// Autosave of the plan's working copy: a few seconds after the last change, one request at a time
// (the latest values queued), with optimistic concurrency (the version). A stale version, someone
// else's lock, an ended session or a lost connection each stop or retry the save with a clear
// status — and the text stays in the form and on this device until the server has it.
import { useEffect, useRef } from "react";
import type { UseFormReturn } from "react-hook-form";
import { planDraftSchema, type PlanDraft, type PlanDraftInput } from "@/lib/plans/schema.ts";
import { fieldErrorsFromZod } from "@/lib/actions/field-errors.ts";
import { savePlanDraft } from "@/lib/plans/server-actions.ts";
import { contentJson, type DeviceCopy } from "./plan-local-copy.ts";
import type { Failure, PlanStatus } from "./plan-save-status.ts";
import { LOCK_MS, type PlanLock } from "./use-plan-lock.ts";

/** Autosave waits this long after the last change. */
export const AUTOSAVE_DELAY_MS = 3_000;
/** After a failed save (server error, no connection) the next try is this much later. */
const RETRY_DELAY_MS = 15_000;

type PlanForm = UseFormReturn<PlanDraftInput, unknown, PlanDraft>;

export interface AutosaveOptions {
  form: PlanForm;
  collaborationId: string;
  initialValues: PlanDraftInput;
  state: PlanStatus;
  lock: PlanLock;
  local: DeviceCopy;
  /** Field errors next to their fields (focus: move to the first). */
  applyErrors(fieldErrors: Record<string, string>, focus: boolean): void;
  /** A typed change hides the last notice. */
  onTyped(): void;
}

export type PlanAutosave = ReturnType<typeof usePlanAutosave>;

export function usePlanAutosave({ form, collaborationId, initialValues, state, lock, local, applyErrors, onTyped }: AutosaveOptions) {
  const versionRef = useRef(Number(initialValues.version) || 0);
  const lastSavedJsonRef = useRef(contentJson(initialValues));
  const inFlightRef = useRef<Promise<void> | null>(null);
  const queuedRef = useRef(false);
  /** While publishing, saves wait (publishing sends the same text with the same version). */
  const pausedRef = useRef(false);
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retryRef = useRef<ReturnType<typeof setTimeout> | null>(null);

  const isDirty = () => contentJson(form.getValues()) !== lastSavedJsonRef.current;

  function clearTimer() {
    if (timerRef.current) clearTimeout(timerRef.current);
    timerRef.current = null;
  }
  function schedule(delay = AUTOSAVE_DELAY_MS) {
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

  /** A refused save or publish: stop, retry or show errors, always keeping the text. */
  async function handleFailure(r: Failure) {
    if (r.code === "UNAUTHENTICATED") {
      local.store(form.getValues());
      clearTimer();
      clearRetry();
      state.set({ kind: "unauthenticated" });
    } else if (r.code === "CONFLICT") {
      local.store(form.getValues());
      clearTimer();
      if (r.fieldErrors._form === "planLocked") await lock.showHolder();
      else state.set({ kind: "conflict" });
    } else if (r.code === "VALIDATION") {
      applyErrors(r.fieldErrors, false);
      state.set({ kind: "invalid" });
    } else if (r.code === "NOT_FOUND" || r.code === "FORBIDDEN") {
      clearTimer();
      clearRetry();
      state.set({ kind: "gone", messageKey: r.message });
    } else {
      local.store(form.getValues());
      state.set({ kind: "retrying", reason: "failed" });
      scheduleRetry();
    }
  }

  /** One autosave: only when changed, one request at a time (the latest values are queued). */
  async function saveNow(): Promise<void> {
    clearTimer();
    if (pausedRef.current || inFlightRef.current) {
      queuedRef.current = true;
      return inFlightRef.current ?? undefined;
    }
    const values = form.getValues();
    const json = contentJson(values);
    if (json === lastSavedJsonRef.current) return;
    // Until the server confirms, the text is also kept on this device.
    local.store(values);
    if (state.isStopped()) return;
    const input = { ...values, collaborationId, version: versionRef.current };
    const parsed = planDraftSchema.safeParse(input);
    if (!parsed.success) {
      applyErrors(fieldErrorsFromZod(parsed.error), false);
      state.set({ kind: "invalid" });
      return;
    }
    state.set({ kind: "saving" });
    const run = (async () => {
      try {
        const r = await savePlanDraft(input);
        if (r.ok) {
          saved(r.data.version, json, LOCK_MS);
          state.set({ kind: "saved", at: new Date(r.data.savedAt) });
        } else {
          await handleFailure(r);
        }
      } catch {
        // The request did not get through (offline, server restarting): keep the copy and retry.
        state.set({ kind: "retrying", reason: "offline" });
        scheduleRetry();
      } finally {
        inFlightRef.current = null;
        if (queuedRef.current && !pausedRef.current) {
          queuedRef.current = false;
          void latest.current.saveNow();
        }
      }
    })();
    inFlightRef.current = run;
    return run;
  }

  /** The server has this text as `version`; the lock was renewed for `lockMs` (or ended: null). */
  function saved(version: number, json: string, lockMs: number | null) {
    versionRef.current = version;
    lastSavedJsonRef.current = json;
    lock.heldFor(lockMs);
    clearRetry();
    if (!isDirty()) local.clear();
  }

  /** The server's copy replaces the form (after "Lataa uusin versio" or taking over the lock). */
  function replaceWith(values: PlanDraftInput) {
    clearTimer();
    clearRetry();
    versionRef.current = Number(values.version) || 0;
    lastSavedJsonRef.current = contentJson(values);
    form.reset(values);
    form.clearErrors();
    local.clear();
  }

  function onChange(name: string | undefined) {
    if (name && form.getFieldState(name as never).error) form.clearErrors(name as never);
    if (!isDirty()) return;
    // A typed change hides the last notice; a restore (form.reset, no field name) keeps its own.
    if (name) onTyped();
    void lock.ensure();
    schedule();
  }

  /** Leaving the page or the tab: save what is pending, keep a device copy, give the lock up. */
  function flushOnLeave(release: boolean) {
    if (isDirty()) {
      local.store(form.getValues());
      void saveNow();
    }
    if (release && !isDirty()) lock.release();
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

  return {
    saveNow,
    schedule,
    clearTimer,
    scheduleRetry,
    handleFailure,
    isDirty,
    saved,
    replaceWith,
    version: () => versionRef.current,
    lastSavedJson: () => lastSavedJsonRef.current,
    /** Publishing: wait for a save in flight, hold new ones; `resume` saves what came meanwhile. */
    async pause() {
      clearTimer();
      pausedRef.current = true;
      if (inFlightRef.current) await inFlightRef.current;
    },
    resume() {
      pausedRef.current = false;
      if (queuedRef.current || isDirty()) {
        queuedRef.current = false;
        schedule();
      }
    },
  };
}
