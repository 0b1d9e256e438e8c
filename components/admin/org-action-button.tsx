"use client";
// A one-click organisation change: retiring or reactivating a row, removing a team member. The
// result is announced; a refusal shows the translated reason.
import type { OrgKind } from "@/lib/admin/organisation/schema.ts";
import { removeTeamMember, setOrganisationActive } from "@/lib/admin/organisation/server-actions.ts";
import { ActionButton } from "@/components/ui/action-button.tsx";

export type OrgButtonInput = { op: "setActive"; kind: OrgKind; id: string; active: boolean } | { op: "removeMember"; teamMemberId: string };

export function OrgActionButton({ input, label, doneText }: { input: OrgButtonInput; label: string; doneText: string }) {
  const action = () =>
    input.op === "setActive" ? setOrganisationActive({ kind: input.kind, id: input.id, active: input.active }) : removeTeamMember({ teamMemberId: input.teamMemberId });
  return (
    <ActionButton action={action} className="button secondary" doneText={doneText} inline>
      {label}
    </ActionButton>
  );
}
