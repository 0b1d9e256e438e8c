"use client";
// Uploading a CSV of users. A file over the limit is refused before it is sent; the server checks
// everything again and answers with either the count imported or the failed rows (row, column, why).
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { importUsersServer } from "@/lib/admin/users/server-actions.ts";
import { translateErrorKey } from "@/components/ui/field-error.tsx";

const MAX_BYTES = 1_000_000;
const COLUMNS = ["name", "email", "title", "unit", "language", "roles"] as const;

export function UserImportForm() {
  const t = useTranslations("adminUsers");
  const te = useTranslations("errors");
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [rows, setRows] = useState<{ row: number; column: string; key: string }[]>([]);
  const [imported, setImported] = useState<number | null>(null);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setFileError(null);
    setFormError(null);
    setRows([]);
    setImported(null);
    const file = input.current?.files?.[0];
    if (!file) return showFileError("fileRequired");
    if (file.size > MAX_BYTES) return showFileError("csvTooLarge");
    setBusy(true);
    const data = new FormData();
    data.set("file", file);
    const result = await importUsersServer(data).catch(() => null);
    setBusy(false);
    if (!result) return setFormError(te("unexpected"));
    if (result.ok) {
      setImported(result.data.imported);
      if (input.current) input.current.value = "";
      router.refresh();
      return;
    }
    if (result.fieldErrors.file) return showFileError(result.fieldErrors.file);
    const failed = Object.entries(result.fieldErrors)
      .map(([path, key]) => {
        const [, row, column] = path.split(".");
        return { row: Number(row), column: column ?? "", key };
      })
      .filter((r) => r.row > 0)
      .sort((a, b) => a.row - b.row || COLUMNS.indexOf(a.column as never) - COLUMNS.indexOf(b.column as never));
    if (failed.length === 0) return setFormError(translateErrorKey(te, result.message));
    setRows(failed);
    requestAnimationFrame(() => document.getElementById("import-report")?.focus());
  }

  function showFileError(key: string) {
    setFileError(translateErrorKey(te, key));
    input.current?.focus();
  }

  return (
    <>
      <form onSubmit={onSubmit} noValidate>
        <div role="alert" aria-live="assertive">
          {formError && <p className="alert">{formError}</p>}
        </div>
        <div className="field">
          <label htmlFor="import-file">{t("file")}</label>
          <span id="import-file-hint" className="hint">
            {t("formatLimit")}
          </span>
          <input
            ref={input}
            id="import-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? "import-file-hint import-file-error" : "import-file-hint"}
          />
          {fileError && (
            <p id="import-file-error" className="field-error">
              {fileError}
            </p>
          )}
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t("importing") : t("importSubmit")}
          </button>
        </div>
      </form>
      <div role="status">{imported !== null && <p className="notice">{t("imported", { count: imported })}</p>}</div>
      {rows.length > 0 && (
        <section aria-labelledby="import-report" className="alert">
          <h2 id="import-report" tabIndex={-1}>
            {t("reportHeading")}
          </h2>
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">{t("reportCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("row")}</th>
                  <th scope="col">{t("column")}</th>
                  <th scope="col">{t("reason")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={`${r.row}-${r.column}`}>
                    <th scope="row">{r.row}</th>
                    <td>{r.column}</td>
                    <td>{translateErrorKey(te, r.key)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
