"use client";
import { startTransition, useActionState, useEffect, useMemo, useRef, useState } from "react";
import { useForm, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { ANSWER_CHOICES, FEEDBACK_QUESTIONS, hasComment, type FeedbackKind } from "@/lib/feedback/questions.ts";
import { feedbackFormSchema, type FeedbackFormInput, type FeedbackSubmission } from "@/lib/feedback/schema.ts";
import { sendFeedbackForm, type FeedbackFormState } from "@/lib/feedback/server-actions.ts";
import { applyServerErrors, errorAt, fieldId, TextArea } from "@/components/ui/form-fields.tsx";
import { FieldError, translateErrorKey } from "@/components/ui/field-error.tsx";
import { serverFieldErrors } from "@/components/ui/server-field-errors.ts";
import { FeedbackOutcome } from "./feedback-outcome.tsx";
import { Smiley } from "./smiley.tsx";

type Form = UseFormReturn<FeedbackFormInput, unknown, FeedbackSubmission>;

/**
 * The anonymous feedback form of one version (parent, child, professional). Every statement is
 * answered on a 1–5 scale or with "en osaa sanoa"; the child's version uses faces with words. Its
 * action is a server action, so without JavaScript it is a plain HTML post with the same errors and
 * answers kept. After sending, the thank-you page opens; a link that was used meanwhile gets the same
 * calm "already answered" text as the page.
 */
export function FeedbackForm({ code, respondent }: { code: string; respondent: FeedbackKind }) {
  const t = useTranslations("feedback");
  const te = useTranslations("errors");
  const schema = useMemo(() => feedbackFormSchema(respondent), [respondent]);
  const questions: readonly string[] = FEEDBACK_QUESTIONS[respondent];
  const [state, formAction, pending] = useActionState<FeedbackFormState, FormData>(sendFeedbackForm, { result: null, values: null });
  const failed = state.result && !state.result.ok ? state.result : null;
  const child = respondent === "CHILD";
  const message = (result: NonNullable<typeof failed>, key: string) => (result.code === "RATE_LIMITED" ? t("form.rateLimited") : translateErrorKey(te, key));
  // The first render after a post without JavaScript already carries the answer (errors, answers).
  const [formError, setFormError] = useState<string | null>(() => (failed ? message(failed, failed.message) : null));
  const [firstErrors] = useState(() => serverFieldErrors<FeedbackFormInput>(failed?.fieldErrors));
  const form: Form = useForm<FeedbackFormInput, unknown, FeedbackSubmission>({
    resolver: zodResolver(schema),
    defaultValues: state.values ?? { code, answers: Object.fromEntries(questions.map((q) => [q, ""])), comment: "" },
    errors: firstErrors,
  });
  const formRef = useRef<HTMLFormElement>(null);
  const shown = useRef(state);
  useEffect(() => {
    if (shown.current === state) return;
    shown.current = state;
    if (state.result && !state.result.ok && state.result.code !== "INVALID_LINK") setFormError(message(state.result, applyServerErrors(form, state.result)));
    // Only a new answer from the server matters here.
  }, [state]); // eslint-disable-line react-hooks/exhaustive-deps

  // With JavaScript, the browser checks first (same schema) and only a complete form is sent.
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void form.handleSubmit(
      () => {
        setFormError(null);
        const data = new FormData(formRef.current!);
        startTransition(() => formAction(data));
      },
      () => setFormError(te("formHasErrors")),
    )(event);
  };

  if (failed?.code === "INVALID_LINK") return <FeedbackOutcome title={t("invalid.title")} text={t("invalid.text")} />;

  return (
    <div className="feedback-public">
      <h1>{t(`form.title.${respondent}`)}</h1>
      <p className="lead">{t(`form.intro.${respondent}`)}</p>
      <p>{t(`form.anonymous.${respondent}`)}</p>
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate>
        <input type="hidden" name="code" value={code} />
        <input type="hidden" name="respondent" value={respondent} />
        <div role="alert" aria-live="assertive">
          {formError && <p className="alert">{formError}</p>}
        </div>
        <p className="hint">{t(`form.howTo.${respondent}`)}</p>
        {questions.map((q) => (
          <ScaleQuestion key={q} form={form} questionKey={q} legend={t(`questions.${q}`)} child={child} />
        ))}
        {hasComment(respondent) && <TextArea form={form} name="comment" label={t("form.comment")} hint={t("form.commentHint")} rows={4} />}
        <button type="submit" className="button feedback-submit" disabled={pending}>
          {pending ? t("form.sending") : t(child ? "form.childSubmit" : "form.submit")}
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
              <input id={`${id}-${choice}`} type="radio" value={choice} defaultChecked={form.getValues(name) === choice} {...form.register(name)} />
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
