"use client";
// Where the plan's errors go: a field's next to the field (focus moves to the first when the user
// asked for it, e.g. on publishing), the responsible worker's next to that section, and those the
// user cannot fix in a field (a forged id) above the form.
import { useState } from "react";
import type { Path, UseFormReturn } from "react-hook-form";
import { PLAN_ACTION_SETTINGS, type PlanDraft, type PlanDraftInput } from "@/lib/plans/schema.ts";
import { fieldId } from "@/components/ui/form-fields.tsx";

export function usePlanErrors(form: UseFormReturn<PlanDraftInput, unknown, PlanDraft>) {
  const [formError, setFormError] = useState<string | null>(null);
  const [responsibleError, setResponsibleError] = useState<string | null>(null);

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

  return { formError, setFormError, responsibleError, setResponsibleError, applyErrors };
}
