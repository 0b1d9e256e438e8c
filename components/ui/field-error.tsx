"use client";
import { useTranslations } from "next-intl";
import { MIN_BIRTH_YEAR } from "@/lib/collaborations/schema.ts";

/** Renders an error key ("required", "tooLong:60") as a translated message tied to its field. */
export function FieldError({ id, errorKey }: { id: string; errorKey?: string }) {
  const t = useTranslations("errors");
  if (!errorKey) return null;
  return (
    <p id={id} className="field-error">
      {translateErrorKey(t, errorKey)}
    </p>
  );
}

type Translate = ((key: string, values?: Record<string, string | number>) => string) & { has?: (key: string) => boolean };

export function translateErrorKey(t: Translate, errorKey: string): string {
  const [key = "", param] = errorKey.split(":");
  const safeKey = /^[a-zA-Z]+$/.test(key) && (t.has ? t.has(key) : true) ? key : "invalidChoice";
  if (safeKey === "invalidYear") return t(safeKey, { min: MIN_BIRTH_YEAR, max: new Date().getFullYear() });
  return t(safeKey, { max: param ?? "" });
}
