"use client";
// A one-click organisation change: retiring or reactivating a row, removing a team member. The
// result is announced; a refusal shows the translated reason.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { OrgKind } from "@/lib/admin/organisation/schema.ts";
import { removeTeamMember, setOrganisationActive } from "@/lib/admin/organisation/server-actions.ts";
import { translateErrorKey } from "@/components/ui/field-error.tsx";

export type OrgButtonInput = { op: "setActive"; kind: OrgKind; id: string; active: boolean } | { op: "removeMember"; teamMemberId: string };

export function OrgActionButton({ input, label, doneText }: { input: OrgButtonInput; label: string; doneText: string }) {
  const te = useTranslations("errors");
  const root = useTranslations();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [state, setState] = useState<{ done: boolean; error: string | null }>({ done: false, error: null });

  function run() {
    start(async () => {
      const r = input.op === "setActive" ? await setOrganisationActive({ kind: input.kind, id: input.id, active: input.active }) : await removeTeamMember({ teamMemberId: input.teamMemberId });
      if (r.ok) {
        setState({ done: true, error: null });
        router.refresh();
      } else setState({ done: false, error: translateErrorKey(te, Object.values(r.fieldErrors)[0] ?? r.message, root) });
    });
  }

  return (
    <span className="org-action">
      <button type="button" className="button secondary" onClick={run} disabled={pending}>
        {label}
      </button>
      <span role="status">{state.done && <span className="notice-inline">{doneText}</span>}</span>
      <span role="alert">{state.error && <span className="field-error">{state.error}</span>}</span>
    </span>
  );
}
