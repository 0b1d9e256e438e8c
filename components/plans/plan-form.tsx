"use client";
// Yhteinen suunnitelma: the form of seed 001's kirjausrunko, in its order. It composes the parts
// that keep typed text safe: the autosave (use-plan-autosave.ts), the soft write lock
// (use-plan-lock.ts), the copy on this device (plan-local-copy.ts), publishing
// (use-plan-publish.ts) and what the form says about all of it (plan-save-notices.tsx); the
// actions are their own component (plan-action-rows.tsx).
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { planDraftSchema, type PlanDraft, type PlanDraftInput } from "@/lib/plans/schema.ts";
import { reloadPlan } from "@/lib/plans/server-actions.ts";
import type { ReloadedPlan } from "@/lib/plans/actions.ts";
import { errorAt, TextArea } from "@/components/ui/form-fields.tsx";
import { DateTimeField } from "@/components/ui/date-fields.tsx";
import { FieldError, translateErrorKey } from "@/components/ui/field-error.tsx";
import { contentJson, deviceCopy, type LocalCopy } from "./plan-local-copy.ts";
import { usePlanStatus } from "./plan-save-status.ts";
import { usePlanLock, type LockEvents } from "./use-plan-lock.ts";
import { usePlanAutosave } from "./use-plan-autosave.ts";
import { usePlanPublish } from "./use-plan-publish.ts";
import { PlanActionRows } from "./plan-action-rows.tsx";
import { usePlanErrors } from "./use-plan-errors.ts";
import { PlanSaveNotices, type PlanNotice } from "./plan-save-notices.tsx";

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
  const form = useForm<PlanDraftInput, unknown, PlanDraft>({ resolver: zodResolver(planDraftSchema), defaultValues: initialValues });
  const [local] = useState(() => deviceCopy(collaborationId, userId));
  const state = usePlanStatus(props.lockedBy, props.draftSavedAt);
  const [notice, setNotice] = useState<PlanNotice>(null);
  const [restoreOffer, setRestoreOffer] = useState<LocalCopy | null>(null);
  const { formError, setFormError, responsibleError, setResponsibleError, applyErrors } = usePlanErrors(form);
  const noticeRef = useRef<HTMLDivElement>(null);

  // The lock and the autosave call each other; the lock's events are wired once both exist.
  const lockEvents = useRef<LockEvents | null>(null);
  const lock = usePlanLock(collaborationId, state, lockEvents);
  const autosave = usePlanAutosave({ form, collaborationId, initialValues, state, lock, local, applyErrors, onTyped: () => setNotice(null) });
  lockEvents.current = {
    refused: autosave.handleFailure,
    freed: () => autosave.schedule(0),
    lost() {
      if (autosave.isDirty()) local.store(form.getValues());
      autosave.clearTimer();
    },
    offline: autosave.scheduleRetry,
  };
  const publisher = usePlanPublish({
    form,
    collaborationId,
    meetingId,
    hasResponsible,
    state,
    autosave,
    local,
    applyErrors,
    onStart() {
      setResponsibleError(null);
      setFormError(null);
      setNotice(null);
    },
    onPublished: (version) => setNotice({ key: "published", version }),
  });
  const readOnly = state.readOnly;

  function applyReloaded(data: ReloadedPlan) {
    autosave.replaceWith(data.values);
    setFormError(null);
    publisher.clearPublishError();
    const saved = data.draftSavedAt ? new Date(data.draftSavedAt) : null;
    state.setLastSavedAt(saved);
    if (data.lockedBy) state.set({ kind: "locked", name: data.lockedBy.name, until: new Date(data.lockedBy.until) });
    else state.set(saved ? { kind: "saved", at: saved } : { kind: "idle" });
  }

  /** "Lataa uusin versio": the server's copy replaces the form (the user was warned). */
  async function loadLatest() {
    const r = await reloadPlan({ collaborationId }).catch(() => null);
    if (!r) return setFormError("unexpected");
    if (!r.ok) return autosave.handleFailure(r);
    applyReloaded(r.data);
    setNotice({ key: "reloaded" });
    noticeRef.current?.focus();
    if (!r.data.lockedBy) await lock.ensure(true);
  }

  /** The lock holder may be done: take over, or say they still edit. */
  async function retryLock() {
    if (autosave.isDirty()) {
      // Keep the user's own text: the save itself tells if the server copy moved on meanwhile.
      await lock.ensure(true);
      if (state.current().kind !== "locked") {
        state.set({ kind: "idle" });
        await autosave.saveNow();
      }
      return;
    }
    const r = await reloadPlan({ collaborationId }).catch(() => null);
    if (!r) return setFormError("unexpected");
    if (!r.ok) return autosave.handleFailure(r);
    applyReloaded(r.data);
    if (!r.data.lockedBy) await lock.ensure(true);
  }

  function restore() {
    if (!restoreOffer) return;
    form.reset({ ...restoreOffer.values, collaborationId, version: autosave.version() });
    setRestoreOffer(null);
    local.clear();
    setNotice({ key: "restored" });
    void lock.ensure();
    void autosave.saveNow();
  }

  function discard() {
    local.clear();
    setRestoreOffer(null);
  }

  // Back after signing in (or after a lost connection): offer this device's newer unsaved text.
  useEffect(() => {
    const copy = local.read();
    if (!copy) return;
    const serverAt = props.draftSavedAt ? new Date(props.draftSavedAt).getTime() : 0;
    if (copy.savedAt > serverAt && contentJson(copy.values) !== autosave.lastSavedJson()) setRestoreOffer(copy);
    else local.clear();
    // Once, on opening the page.
  }, []);

  const errors = form.formState.errors;
  const thingsError = errorAt(errors, "thingsNeedingChange");

  return (
    <div
      className="plan-form"
      onFocus={() => void lock.ensure()}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) void autosave.saveNow();
      }}
    >
      <PlanSaveNotices
        collaborationId={collaborationId}
        returnPath={returnPath}
        status={state.status}
        lastSavedAt={state.lastSavedAt}
        formError={formError}
        notice={notice}
        noticeRef={noticeRef}
        restoreOffer={restoreOffer}
        onReload={() => void loadLatest()}
        onRetryLock={() => void retryLock()}
        onRestore={restore}
        onDiscard={discard}
      />

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

        <PlanActionRows form={form} />

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
          {publisher.publishError && <p className="alert">{translateErrorKey(te, publisher.publishError)}</p>}
        </div>
        <button type="button" className="button" onClick={() => void publisher.publish()} disabled={readOnly || publisher.publishing}>
          {publisher.publishing ? t("publishing") : t("publish")}
        </button>
      </section>
    </div>
  );
}
