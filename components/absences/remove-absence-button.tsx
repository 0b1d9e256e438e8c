"use client";
import { removeAbsence } from "@/lib/absences/server-actions.ts";
import { ActionButton } from "@/components/ui/action-button.tsx";

export function RemoveAbsenceButton({ absenceId, label }: { absenceId: string; label: string }) {
  return (
    <ActionButton action={() => removeAbsence({ absenceId })} className="button secondary" inline>
      {label}
    </ActionButton>
  );
}
