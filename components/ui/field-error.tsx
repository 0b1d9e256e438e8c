"use client";
import { useTranslations } from "next-intl";
import { MIN_BIRTH_YEAR } from "@/lib/collaborations/schema.ts";

/** Renders an error key ("required", "tooLong:60") as a translated message tied to its field. */
export function FieldError({ id, errorKey }: { id: string; errorKey?: string }) {
  const t = useTranslations("errors");
  const root = useTranslations();
  if (!errorKey) return null;
  return (
    <p id={id} className="field-error">
      {translateErrorKey(t, errorKey, root)}
    </p>
  );
}

type Translate = ((key: string, values?: Record<string, string | number>) => string) & { has?: (key: string) => boolean };

/**
 * `root` (the unscoped translator) lets a feature keep its own error texts in its messages module:
 * a dotted key such as "adminOrganisation.errors.capacityRange" is looked up from the top.
 */
export function translateErrorKey(t: Translate, errorKey: string, root?: Translate): string {
  const [key = "", param] = errorKey.split(":");
  if (root && /^[a-zA-Z]+(\.[a-zA-Z]+)+$/.test(key) && (root.has ? root.has(key) : true)) return root(key, { max: param ?? "" });
  const safeKey = /^[a-zA-Z]+$/.test(key) && (t.has ? t.has(key) : true) ? key : "invalidChoice";
  if (safeKey === "invalidYear") return t(safeKey, { min: MIN_BIRTH_YEAR, max: new Date().getFullYear() });
  return t(safeKey, { max: param ?? "" });
}
