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

export function translateErrorKey(t: (key: string, values?: Record<string, string | number>) => string, errorKey: string): string {
  const [key, param] = errorKey.split(":");
  const known = ["required", "tooLong", "tooShort", "invalidName", "invalidText", "invalidEmail", "invalidPhone", "invalidYear", "invalidChoice", "atLeastOneGuardian", "atLeastOneChild", "tooMany", "formHasErrors", "unauthenticated", "notFound", "forbidden", "conflict", "unexpected"];
  const safeKey = key && known.includes(key) ? key : "invalidChoice";
  if (safeKey === "invalidYear") return t(safeKey, { min: MIN_BIRTH_YEAR, max: new Date().getFullYear() });
  return t(safeKey, { max: param ?? "" });
}
