"use client";
// The admin's per-role two-factor rule: one checkbox per role, saved together (audited per change).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { saveRoleSecurity } from "@/lib/admin/server-actions.ts";
import { useAccountErrorText } from "@/components/account/account-field.tsx";

export function RoleSecurityForm({ roles }: { roles: { role: string; label: string; required: boolean }[] }) {
  const t = useTranslations("accountSecurity.admin");
  const errorText = useAccountErrorText();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setStatus(null);
        setError(null);
        const form = new FormData(e.currentTarget);
        const result = await saveRoleSecurity({ requireTwoFactor: form.getAll("requireTwoFactor").map(String) });
        setBusy(false);
        if (result.ok) {
          setStatus(t("saved"));
          router.refresh();
        } else setError(errorText(result.fieldErrors._form ?? result.message));
      }}
    >
      <div role="alert" aria-live="assertive">
        {error && <p className="alert">{error}</p>}
      </div>
      <fieldset>
        <legend>{t("rolesLegend")}</legend>
        {roles.map((r) => (
          <div className="checkbox" key={r.role}>
            <input id={`require-${r.role}`} type="checkbox" name="requireTwoFactor" value={r.role} defaultChecked={r.required} />
            <label htmlFor={`require-${r.role}`}>{r.label}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="button" disabled={busy}>
        {busy ? t("saving") : t("save")}
      </button>
      <div role="status">{status && <p className="notice">{status}</p>}</div>
    </form>
  );
}
