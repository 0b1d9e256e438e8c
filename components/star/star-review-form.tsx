"use client";
// The chair's Hyvinvoinnin tähti form. Calm on a tablet: each area is a disclosure (<details>)
// whose summary tells in words what is recorded, so the meeting walks the star one area at a time.
// Inside: strengths and worries/needs, each from the child's, the parents' and the professionals'
// view, and an optional jointly agreed rating 1–5 as plain radio buttons. Works by keyboard alone:
// Tab to an area, Enter opens it, Tab through the fields, arrow keys or Space choose the rating.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch, type FieldErrors, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { starReviewSchema, type StarReview, type StarReviewInput } from "@/lib/star/schema.ts";
import { saveStarReview } from "@/lib/star/server-actions.ts";
import { applyServerErrors, errorAt, fieldId, TextArea } from "@/components/ui/form-fields.tsx";
import { FieldError, translateErrorKey } from "@/components/ui/field-error.tsx";
import { formatTime } from "@/lib/time/format.ts";
import { STAR_TEXT_FIELDS, type StarAreaGroup, type StarEntryValues, type StarFormArea } from "@/lib/star/review-form-values.ts";

export interface StarReviewFormProps {
  meetingId: string;
  /** The template version the form is drawn from (the review's own, or the current one for a new review). */
  templateId: string;
  /** Sides in template order, each with its sub-areas; labels in the user's language (templateGroups). */
  groups: StarAreaGroup[];
  /** Saved values by area key (reviewFormValues); areas not recorded yet are absent. */
  saved: Record<string, StarEntryValues>;
}

const RATINGS = ["1", "2", "3", "4", "5", ""] as const;
const EMPTY: StarEntryValues = { strengthsChild: "", strengthsParents: "", strengthsProfessionals: "", worriesChild: "", worriesParents: "", worriesProfessionals: "", rating: "" };

type Form = UseFormReturn<StarReviewInput, unknown, StarReview>;

/** Dotted paths of every error in react-hook-form's error tree, in form order. */
function errorPaths(errors: unknown, prefix = ""): string[] {
  if (!errors || typeof errors !== "object") return [];
  const node = errors as Record<string, unknown>;
  if (typeof node.message === "string" && typeof node.type === "string") return [prefix];
  return Object.keys(node)
    .filter((k) => k !== "ref" && k !== "root")
    .flatMap((k) => errorPaths(node[k], prefix ? `${prefix}.${k}` : k));
}

/** Opens the areas that hold errors and moves focus to the first field with one. */
function revealErrors(paths: string[]) {
  let first: HTMLElement | null = null;
  for (const path of paths) {
    const el = document.getElementById(fieldId(path)) ?? document.querySelector<HTMLElement>(`[name="${CSS.escape(path)}"]`);
    const details = el?.closest("details");
    if (details && !details.open) details.open = true;
    first ??= el;
  }
  first?.focus();
}

function AreaState({ form, index }: { form: Form; index: number }) {
  const t = useTranslations("star.areaState");
  const entry = useWatch({ control: form.control, name: `entries.${index}` }) as Partial<StarEntryValues> | undefined;
  const hasError = Boolean((form.formState.errors.entries as unknown[] | undefined)?.[index]);
  const written = STAR_TEXT_FIELDS.some((f) => (entry?.[f] ?? "").trim() !== "");
  const rating = entry?.rating ? String(entry.rating) : "";
  const parts = [hasError ? t("errors") : null, written ? t("written") : null, rating ? t("rated", { rating }) : null].filter(Boolean);
  return <span className="star-area-state">{parts.length ? parts.join(" · ") : t("empty")}</span>;
}

function RatingGroup({ form, index }: { form: Form; index: number }) {
  const t = useTranslations("star");
  const name = `entries.${index}.rating` as const;
  const id = fieldId(name);
  const error = errorAt(form.formState.errors, name);
  return (
    <fieldset className="star-rating" aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}>
      <legend>{t("rating")}</legend>
      <p id={`${id}-hint`} className="hint">
        {t("ratingHint")}
      </p>
      <div className="star-rating-options">
        {RATINGS.map((value) => {
          const optionId = `${id}-${value || "none"}`;
          return (
            <div className="star-rating-option" key={value || "none"}>
              <input id={optionId} type="radio" value={value} {...form.register(name)} />
              <label htmlFor={optionId}>{value || t("notRatedOption")}</label>
            </div>
          );
        })}
      </div>
      <FieldError id={`${id}-error`} errorKey={error} />
    </fieldset>
  );
}

function AreaFields({ form, index, area, summary, open, onToggle }: { form: Form; index: number; area: StarFormArea; summary: string; open: boolean; onToggle: (open: boolean) => void }) {
  const t = useTranslations("star");
  const areaKeyError = errorAt(form.formState.errors, `entries.${index}.areaKey`);
  const keyErrorId = `${fieldId(`entries.${index}.areaKey`)}-error`;
  const view = (kind: "strengths" | "worries") => (
    <fieldset className="star-views">
      <legend>{t(kind)}</legend>
      {(["Child", "Parents", "Professionals"] as const).map((who) => (
        <TextArea key={who} form={form} name={`entries.${index}.${kind}${who}`} label={t(`view.${who.toLowerCase()}`)} rows={2} />
      ))}
    </fieldset>
  );
  return (
    <details className="star-area" open={open} onToggle={(e) => onToggle(e.currentTarget.open)}>
      <summary>
        <span className="star-area-label">{summary}</span> <AreaState form={form} index={index} />
      </summary>
      <fieldset className="star-area-fields" aria-describedby={areaKeyError ? keyErrorId : undefined}>
        <legend className="visually-hidden">{area.label}</legend>
        <div className="star-views-grid">
          {view("strengths")}
          {view("worries")}
        </div>
        <RatingGroup form={form} index={index} />
        <FieldError id={keyErrorId} errorKey={areaKeyError} />
      </fieldset>
    </details>
  );
}

export function StarReviewForm({ meetingId, templateId, groups, saved }: StarReviewFormProps) {
  const t = useTranslations("star");
  const te = useTranslations("errors");
  const router = useRouter();
  const ordered = groups.flatMap((g) => [g.side, ...g.subAreas]);
  const indexOf = new Map(ordered.map((a, i) => [a.key, i]));
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const form = useForm<StarReviewInput, unknown, StarReview>({
    resolver: zodResolver(starReviewSchema),
    shouldFocusError: false,
    defaultValues: { meetingId, templateId, entries: ordered.map((a) => ({ areaKey: a.key, ...EMPTY, ...saved[a.key] })) },
  });

  const toggle = (key: string) => (isOpen: boolean) => setOpen((o) => (Boolean(o[key]) === isOpen ? o : { ...o, [key]: isOpen }));
  const setAll = (isOpen: boolean) => setOpen(Object.fromEntries(ordered.map((a) => [a.key, isOpen])));

  async function onValid() {
    setFormError(null);
    setStatus(null);
    const result = await saveStarReview(form.getValues());
    if (result.ok) {
      setStatus(t("saved", { time: formatTime(new Date()) }));
      // Redraws the chart and the table from what was saved; the form keeps its values.
      router.refresh();
      return;
    }
    const specific = result.fieldErrors.templateId ?? result.fieldErrors.meetingId;
    const message = applyServerErrors(form, result);
    setFormError(translateErrorKey(te, specific ?? message));
    revealErrors(Object.keys(result.fieldErrors));
  }

  function onInvalid(errors: FieldErrors<StarReviewInput>) {
    setStatus(null);
    setFormError(te("formHasErrors"));
    revealErrors(errorPaths(errors));
  }

  const area = (a: StarFormArea, summary: string) => {
    const index = indexOf.get(a.key)!;
    return <AreaFields key={a.key} form={form} index={index} area={a} summary={summary} open={Boolean(open[a.key])} onToggle={toggle(a.key)} />;
  };

  return (
    <form onSubmit={form.handleSubmit(onValid, onInvalid)} noValidate className="star-form">
      <div className="section-nav">
        <button type="button" className="button secondary" onClick={() => setAll(true)}>
          {t("openAll")}
        </button>
        <button type="button" className="button secondary" onClick={() => setAll(false)}>
          {t("closeAll")}
        </button>
      </div>
      {groups.map((g) =>
        g.subAreas.length === 0 ? (
          <div key={g.side.key} className="star-group">
            {area(g.side, g.side.label)}
          </div>
        ) : (
          <section key={g.side.key} className="star-group" aria-labelledby={`star-side-${g.side.key}`}>
            <h3 id={`star-side-${g.side.key}`}>{g.side.label}</h3>
            {area(g.side, t("wholeSide", { label: g.side.label }))}
            {g.subAreas.map((s) => area(s, s.label))}
          </section>
        ),
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("saving") : t("save")}
        </button>
        <div role="status" aria-live="polite">
          {status && <p className="notice">{status}</p>}
        </div>
      </div>
      <div role="alert" aria-live="assertive">
        {formError && <p className="alert">{formError}</p>}
      </div>
    </form>
  );
}
