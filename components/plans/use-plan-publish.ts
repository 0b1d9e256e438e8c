"use client";
// "Julkaise suunnitelma": publishes the plan as a new version once every required part is there
// (checked here first, then by the server), after any save in flight.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { publishPlanSchema, type PlanDraft, type PlanDraftInput } from "@/lib/plans/schema.ts";
import { fieldErrorsFromZod } from "@/lib/actions/field-errors.ts";
import { publishPlan } from "@/lib/plans/server-actions.ts";
import { contentJson, type DeviceCopy } from "./plan-local-copy.ts";
import type { PlanStatus } from "./plan-save-status.ts";
import type { PlanAutosave } from "./use-plan-autosave.ts";

interface PublishOptions {
  form: UseFormReturn<PlanDraftInput, unknown, PlanDraft>;
  collaborationId: string;
  meetingId: string | null;
  hasResponsible: boolean;
  state: PlanStatus;
  autosave: PlanAutosave;
  local: DeviceCopy;
  applyErrors(fieldErrors: Record<string, string>, focus: boolean): void;
  /** Before publishing: clear the earlier messages. */
  onStart(): void;
  onPublished(versionNumber: number): void;
}

export function usePlanPublish({ form, collaborationId, meetingId, hasResponsible, state, autosave, local, applyErrors, onStart, onPublished }: PublishOptions) {
  const router = useRouter();
  const [publishing, setPublishing] = useState(false);
  const [publishError, setPublishError] = useState<string | null>(null);

  async function publish() {
    setPublishError(null);
    onStart();
    setPublishing(true);
    try {
      await autosave.pause();
      const stopped = state.current();
      if (stopped.kind === "gone") return setPublishError(stopped.messageKey);
      if (stopped.kind === "unauthenticated" || stopped.kind === "conflict") return setPublishError(stopped.kind);
      if (stopped.kind === "locked") return;
      const values = form.getValues();
      const input = { ...values, collaborationId, version: autosave.version(), meetingId: meetingId ?? "" };
      const parsed = publishPlanSchema.safeParse(input);
      const errors = parsed.success ? {} : fieldErrorsFromZod(parsed.error);
      // "No responsible worker" may be a moment old (one was just saved and the page is still
      // refreshing): alone it does not stop the publish — the server decides — but it is named
      // together with the form's other errors.
      if (!hasResponsible && Object.keys(errors).length > 0) errors.responsibleWorkers = "responsibleRequired";
      if (Object.keys(errors).length > 0) {
        applyErrors(errors, true);
        setPublishError("formHasErrors");
        return;
      }
      const json = contentJson(values);
      local.store(values);
      const r = await publishPlan(input);
      if (r.ok) {
        // Publishing ends the editing session on the server: the lock is free for the next editor.
        autosave.saved(r.data.version, json, null);
        state.set({ kind: "saved", at: new Date(r.data.publishedAt) });
        onPublished(r.data.versionNumber);
        router.refresh();
        return;
      }
      if (r.code === "VALIDATION") {
        applyErrors(r.fieldErrors, true);
        setPublishError("formHasErrors");
        return;
      }
      await autosave.handleFailure(r);
    } catch {
      local.store(form.getValues());
      setPublishError("unexpected");
    } finally {
      setPublishing(false);
      autosave.resume();
    }
  }

  return { publish, publishing, publishError, clearPublishError: () => setPublishError(null) };
}
