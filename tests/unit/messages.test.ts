// Finnish first, Swedish and English complete: every key in any language exists, non-empty, in all,
// and ICU placeholders match, so no user ever sees a raw key or a broken sentence.
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages/index.ts";
import { LOCALES } from "@/lib/i18n/config.ts";

function flatten(obj: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();
const flat = Object.fromEntries(LOCALES.map((l) => [l, flatten(MESSAGES[l])])) as Record<(typeof LOCALES)[number], Map<string, string>>;
const allKeys = [...new Set(LOCALES.flatMap((l) => [...flat[l].keys()]))].sort();

describe("message files", () => {
  it.each(LOCALES)("%s has every key, none empty", (locale) => {
    const missing = allKeys.filter((k) => !flat[locale].get(k)?.trim());
    expect(missing).toEqual([]);
  });

  it.each(["sv", "en"] as const)("%s uses the same placeholders as Finnish", (locale) => {
    const mismatched = allKeys.filter((k) => placeholders(flat.fi.get(k) ?? "").join() !== placeholders(flat[locale].get(k) ?? "").join());
    expect(mismatched).toEqual([]);
  });

  it("is actually translated: Swedish and English differ from Finnish for most texts", () => {
    for (const locale of ["sv", "en"] as const) {
      const same = allKeys.filter((k) => flat[locale].get(k) === flat.fi.get(k));
      expect(same.length / allKeys.length).toBeLessThan(0.1);
    }
  });
});
