"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import { useForm, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { ANSWER_CHOICES, FEEDBACK_QUESTIONS, hasComment, type FeedbackKind } from "@/lib/feedback/questions.ts";
import { feedbackFormSchema, type FeedbackFormInput, type FeedbackSubmission } from "@/lib/feedback/schema.ts";
import { submitFeedbackAnswers } from "@/lib/feedback/server-actions.ts";
import { applyServerErrors, errorAt, fieldId, TextArea } from "@/components/ui/form-fields.tsx";
import { FieldError, translateErrorKey } from "@/components/ui/field-error.tsx";
import { Smiley } from "./smiley.tsx";

type Form = UseFormReturn<FeedbackFormInput, unknown, FeedbackSubmission>;

/**
 * The anonymous feedback form of one version (parent, child, professional). Every statement is
 * answered on a 1–5 scale or with "en osaa sanoa"; the child's version uses faces with words. After
 * sending, the form is replaced by a thank-you; a link that was used meanwhile gets the same calm
 * "already answered" text as the page.
 */
export function FeedbackForm({ code, respondent }: { code: string; respondent: FeedbackKind }) {
  const t = useTranslations("feedback");
  const te = useTranslations("errors");
  const schema = useMemo(() => feedbackFormSchema(respondent), [respondent]);
  const questions: readonly string[] = FEEDBACK_QUESTIONS[respondent];
  const form: Form = useForm<FeedbackFormInput, unknown, FeedbackSubmission>({
    resolver: zodResolver(schema),
    defaultValues: { code, answers: Object.fromEntries(questions.map((q) => [q, ""])), comment: "" },
  });
  const [outcome, setOutcome] = useState<"thanks" | "invalid" | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const child = respondent === "CHILD";

  async function onValid() {
    setFormError(null);
    const result = await submitFeedbackAnswers(form.getValues());
    if (result.ok) return setOutcome("thanks");
    if (result.code === "INVALID_LINK") return setOutcome("invalid");
    if (result.code === "RATE_LIMITED") return setFormError(t("form.rateLimited"));
    setFormError(translateErrorKey(te, applyServerErrors(form, result)));
  }

  if (outcome === "thanks") return <Outcome title={t(child ? "thanks.childTitle" : "thanks.title")} text={t("thanks.text")} />;
  if (outcome === "invalid") return <Outcome title={t("invalid.title")} text={t("invalid.text")} />;

  return (
    <div className="feedback-public">
      <h1>{t(`form.title.${respondent}`)}</h1>
      <p className="lead">{t(`form.intro.${respondent}`)}</p>
      <p>{t(`form.anonymous.${respondent}`)}</p>
      <form onSubmit={form.handleSubmit(onValid, () => setFormError(te("formHasErrors")))} noValidate>
        <div role="alert" aria-live="assertive">
          {formError && <p className="alert">{formError}</p>}
        </div>
        <p className="hint">{t(`form.howTo.${respondent}`)}</p>
        {questions.map((q) => (
          <ScaleQuestion key={q} form={form} questionKey={q} legend={t(`questions.${q}`)} child={child} />
        ))}
        {hasComment(respondent) && <TextArea form={form} name="comment" label={t("form.comment")} hint={t("form.commentHint")} rows={4} />}
        <button type="submit" className="button feedback-submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("form.sending") : t(child ? "form.childSubmit" : "form.submit")}
        </button>
      </form>
    </div>
  );
}

/** One statement as a group of radio buttons: 1–5 with words, and "en osaa sanoa". */
function ScaleQuestion({ form, questionKey, legend, child }: { form: Form; questionKey: string; legend: string; child: boolean }) {
  const t = useTranslations("feedback.form");
  const name = `answers.${questionKey}` as const;
  const error = errorAt(form.formState.errors, name);
  const id = fieldId(name);
  return (
    <fieldset id={id} tabIndex={-1} className={child ? "feedback-question child" : "feedback-question"} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <FieldError id={`${id}-error`} errorKey={error} />
      <div className="feedback-scale">
        {ANSWER_CHOICES.map((choice) => {
          const label = t(`${child ? "childScale" : "scale"}.${choice === "skip" ? "skip" : `s${choice}`}`);
          return (
            <div className="feedback-choice" key={choice}>
              <input id={`${id}-${choice}`} type="radio" value={choice} {...form.register(name)} />
              <label htmlFor={`${id}-${choice}`}>
                {child ? <Smiley choice={choice} /> : choice !== "skip" && <span className="feedback-score">{choice}</span>}
                <span>{label}</span>
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** Thank-you or "already answered": focus moves to the heading so the change is announced. */
function Outcome({ title, text }: { title: string; text: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    window.scrollTo({ top: 0 });
    ref.current?.focus();
  }, []);
  return (
    <div className="feedback-public">
      <h1 ref={ref} tabIndex={-1}>
        {title}
      </h1>
      <p>{text}</p>
    </div>
  );
}
