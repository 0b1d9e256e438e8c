// Pure mapping between the stored review and the star form / read view: the areas grouped by side
// in the user's language, and each recorded entry as the form's strings ("" for nothing written,
// rating "" for not rated), keyed by area key.
import { localizedLabel } from "./chart-series.ts";

export const STAR_TEXT_FIELDS = ["strengthsChild", "strengthsParents", "strengthsProfessionals", "worriesChild", "worriesParents", "worriesProfessionals"] as const;
export type StarTextField = (typeof STAR_TEXT_FIELDS)[number];

/** What the form holds for one area: six texts and the rating as "" (not rated) or "1"–"5". */
export type StarEntryValues = Record<StarTextField, string> & { rating: string };

export interface StarFormArea {
  key: string;
  label: string;
}

export interface StarAreaGroup {
  side: StarFormArea;
  subAreas: StarFormArea[];
}

interface LabelledArea {
  key: string;
  labelFi: string;
  labelSv: string;
  labelEn: string;
}

/** Sides in template order, each with its sub-areas, labelled in the user's language. */
export function templateGroups(template: { sides: readonly (LabelledArea & { subAreas: readonly LabelledArea[] })[] }, locale: string): StarAreaGroup[] {
  const area = (a: LabelledArea) => ({ key: a.key, label: localizedLabel(a, locale) });
  return template.sides.map((s) => ({ side: area(s), subAreas: s.subAreas.map(area) }));
}

type StoredEntry = Partial<Record<StarTextField, string | null>> & { rating: number | null; area: { key: string } };

/** A stored review's entries as form values by area key. */
export function reviewFormValues(entries: readonly StoredEntry[]): Record<string, StarEntryValues> {
  return Object.fromEntries(
    entries.map((e) => [
      e.area.key,
      { ...Object.fromEntries(STAR_TEXT_FIELDS.map((f) => [f, e[f] ?? ""])), rating: e.rating === null ? "" : String(e.rating) } as StarEntryValues,
    ]),
  );
}
