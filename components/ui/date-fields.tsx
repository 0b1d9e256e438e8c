"use client";
// Date and time fields in the PAGE's language (Finnish and Swedish d.M.yyyy and HH.mm, English
// d/M/yyyy and HH:mm), not the browser's: a native <input type="date"> shows mm/dd/yyyy and a
// 12-hour clock in an English browser even on a Finnish page. Typing is always possible (a plain
// text box, so a typed "31.2.2027" stays as typed with an error beside it); for dates React Aria's
// accessible calendar opens from a button as an addition. The form value stays the wall-clock string
// the native inputs sent ("2027-02-28", "09:30", "2027-02-28T09:30"), so the zod schemas and the
// server are unchanged; an unrecognised text is passed on as typed, which the schema refuses.
import { useEffect, useState } from "react";
import { useController, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import { Button, Calendar, CalendarCell, CalendarGrid, Dialog, DialogTrigger, Heading, I18nProvider, Popover } from "react-aria-components";
import { parseDate, type CalendarDate } from "@internationalized/date";
import { isLocale, type AppLocale } from "@/lib/i18n/config.ts";
import { CALENDAR_LOCALE, formatDateText, formatTimeText, parseDateText, parseTimeText } from "@/lib/time/date-text.ts";
import { FieldError } from "./field-error.tsx";
import { errorAt, fieldId } from "./form-fields.tsx";

interface FieldProps<T extends FieldValues> {
  form: UseFormReturn<T, unknown, unknown>;
  name: Path<T>;
  label: string;
  hint?: string;
  idPrefix?: string;
  /** earliest / latest day offered in the calendar ("2027-01-31"; a date-time's day part is used) */
  min?: string;
  max?: string;
}

function usePageLocale(): AppLocale {
  const locale = useLocale();
  return isLocale(locale) ? locale : "fi";
}

const ids = (...list: (string | false | undefined)[]) => list.filter(Boolean).join(" ") || undefined;

function calendarDay(iso: string | undefined): CalendarDate | undefined {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return undefined;
  try {
    return parseDate(iso.slice(0, 10));
  } catch {
    return undefined;
  }
}

/**
 * A text box that keeps what was typed and reports the wall-clock value it means (or the raw text
 * when it means nothing). Follows the form's value when that changes from outside (a reset, the
 * calendar, a server answer).
 */
function useTypedText(value: string, format: (v: string) => string, parse: (text: string) => string | null, locale: AppLocale) {
  const [text, setText] = useState(() => format(value) || value);
  const [shownIn, setShownIn] = useState(locale);
  useEffect(() => {
    // Only a value that differs from what the text already means replaces the text; so does a
    // switch of the page's language (the same day, now in that language's format).
    const meant = text.trim() === "" ? "" : (parse(text) ?? text);
    if (value !== meant || (locale !== shownIn && format(value))) setText(format(value) || value);
    setShownIn(locale);
    // The text follows the value and the language, not the other way round.
  }, [value, locale]); // eslint-disable-line react-hooks/exhaustive-deps
  const unrecognised = text.trim() !== "" && parse(text) === null;
  const valueOf = (next: string) => (next.trim() === "" ? "" : (parse(next) ?? next));
  return { text, setText, unrecognised, valueOf };
}

/** The calendar popup beside a date box: a button, then a dialog with React Aria's calendar grid. */
function CalendarButton({ label, labelId, value, min, max, onPick, locale }: { label: string; labelId: string; value?: string; min?: string; max?: string; onPick: (iso: string) => void; locale: AppLocale }) {
  const t = useTranslations("dateField");
  return (
    <DialogTrigger>
      {/* Named by what it does; the field it belongs to is its description (so the field's label names the field only). */}
      <Button className="date-calendar-button" aria-label={t("openCalendar")} aria-describedby={labelId}>
        <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 20 20">
          <rect x="2.5" y="4" width="15" height="13.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M2.5 8h15M6.5 2v4M13.5 2v4" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </Button>
      <Popover placement="bottom start" className="date-calendar-popover">
        <Dialog aria-label={t("calendar", { label })} className="date-calendar-dialog">
          {({ close }) => (
            <I18nProvider locale={CALENDAR_LOCALE[locale]}>
              <Calendar
                // Focus goes straight to the chosen (or today's) day, so the arrows move at once.
                autoFocus
                aria-label={label}
                defaultValue={calendarDay(value)}
                defaultFocusedValue={calendarDay(value) ?? calendarDay(min)}
                minValue={calendarDay(min)}
                maxValue={calendarDay(max)}
                onChange={(day) => {
                  onPick(day.toString());
                  close();
                }}
              >
                <header className="date-calendar-header">
                  <Button slot="previous" aria-label={t("previousMonth")}>
                    ‹
                  </Button>
                  <Heading />
                  <Button slot="next" aria-label={t("nextMonth")}>
                    ›
                  </Button>
                </header>
                <CalendarGrid>{(date) => <CalendarCell date={date} className="date-calendar-cell" />}</CalendarGrid>
              </Calendar>
            </I18nProvider>
          )}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}

/** A day: "31.12.2027" typed (or chosen from the calendar); the form value is "2027-12-31". */
export function DateField<T extends FieldValues>({ form, name, label, hint, idPrefix, min, max }: FieldProps<T>) {
  const t = useTranslations("dateField");
  const locale = usePageLocale();
  const { field } = useController({ name, control: form.control });
  const box = useTypedText(String(field.value ?? ""), (v) => formatDateText(v, locale), (s) => parseDateText(s, locale), locale);
  const id = fieldId(name, idPrefix);
  const schemaError = errorAt(form.formState.errors, name);
  const error = schemaError && (box.unrecognised ? "dateField.errors.date" : schemaError);
  return (
    <div className="field date-field">
      <label id={`${id}-label`} htmlFor={id}>
        {label}
      </label>
      {hint && <span id={`${id}-hint`} className="hint">{hint}</span>}
      <span id={`${id}-format`} className="hint">
        {t("dateFormat")}
      </span>
      <div className="date-field-row">
        <input
          id={id}
          ref={field.ref}
          type="text"
          autoComplete="off"
          size={11}
          value={box.text}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids(hint && `${id}-hint`, `${id}-format`, error && `${id}-error`)}
          onChange={(e) => {
            box.setText(e.target.value);
            field.onChange(box.valueOf(e.target.value));
          }}
          onBlur={field.onBlur}
        />
        <CalendarButton
          label={label}
          labelId={`${id}-label`}
          value={String(field.value ?? "")}
          min={min}
          max={max}
          locale={locale}
          onPick={(iso) => {
            box.setText(formatDateText(iso, locale));
            field.onChange(iso);
          }}
        />
      </div>
      <FieldError id={`${id}-error`} errorKey={error} />
    </div>
  );
}

/** A time of day: "09.30" typed (either separator); the form value is "09:30". */
export function TimeField<T extends FieldValues>({ form, name, label, hint, idPrefix }: Omit<FieldProps<T>, "min" | "max">) {
  const t = useTranslations("dateField");
  const locale = usePageLocale();
  const { field } = useController({ name, control: form.control });
  const box = useTypedText(String(field.value ?? ""), (v) => formatTimeText(v, locale), parseTimeText, locale);
  const id = fieldId(name, idPrefix);
  const schemaError = errorAt(form.formState.errors, name);
  const error = schemaError && (box.unrecognised ? "dateField.errors.time" : schemaError);
  return (
    <div className="field time-field">
      <label htmlFor={id}>{label}</label>
      {hint && <span id={`${id}-hint`} className="hint">{hint}</span>}
      <span id={`${id}-format`} className="hint">
        {t("timeFormat")}
      </span>
      <input
        id={id}
        ref={field.ref}
        name={field.name}
        type="text"
        autoComplete="off"
        size={6}
        value={box.text}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids(hint && `${id}-hint`, `${id}-format`, error && `${id}-error`)}
        onChange={(e) => {
          box.setText(e.target.value);
          field.onChange(box.valueOf(e.target.value));
        }}
        onBlur={field.onBlur}
      />
      <FieldError id={`${id}-error`} errorKey={error} />
    </div>
  );
}

/**
 * A day and a time together (what <input type="datetime-local"> asked for): a group of a date box
 * with its calendar and a time box; the form value is "2027-12-31T09:30", or "" when both are empty.
 */
export function DateTimeField<T extends FieldValues>({ form, name, label, hint, idPrefix, min, max }: FieldProps<T>) {
  const t = useTranslations("dateField");
  const locale = usePageLocale();
  const { field } = useController({ name, control: form.control });
  const value = String(field.value ?? "");
  const [dayValue = "", timeValue = ""] = value.split("T");
  const day = useTypedText(dayValue, (v) => formatDateText(v, locale), (s) => parseDateText(s, locale), locale);
  const time = useTypedText(timeValue.slice(0, 5), (v) => formatTimeText(v, locale), parseTimeText, locale);
  const id = fieldId(name, idPrefix);
  const legendId = `${id}-legend`;
  const schemaError = errorAt(form.formState.errors, name);
  const error = schemaError && (day.unrecognised ? "dateField.errors.date" : time.unrecognised ? "dateField.errors.time" : schemaError);
  const combine = (d: string, tm: string) => (d === "" && tm === "" ? "" : `${d}T${tm}`);
  return (
    <fieldset className="field date-time-field" aria-describedby={ids(hint && `${id}-hint`, error && `${id}-error`)}>
      <legend id={legendId}>{label}</legend>
      {hint && <span id={`${id}-hint`} className="hint">{hint}</span>}
      <div className="date-time-row">
        <div className="date-field">
          <label id={`${id}-label`} htmlFor={id}>
            {t("date")}
          </label>
          <span id={`${id}-format`} className="hint">
            {t("dateFormat")}
          </span>
          <div className="date-field-row">
            <input
              id={id}
              ref={field.ref}
              type="text"
              autoComplete="off"
              size={11}
              value={day.text}
              aria-invalid={error ? true : undefined}
              aria-labelledby={`${legendId} ${id}-label`}
              aria-describedby={ids(hint && `${id}-hint`, `${id}-format`, error && `${id}-error`)}
              onChange={(e) => {
                day.setText(e.target.value);
                field.onChange(combine(day.valueOf(e.target.value), time.valueOf(time.text)));
              }}
              onBlur={field.onBlur}
            />
            <CalendarButton
              label={label}
              labelId={legendId}
              value={dayValue}
              min={min}
              max={max}
              locale={locale}
              onPick={(iso) => {
                day.setText(formatDateText(iso, locale));
                field.onChange(combine(iso, time.valueOf(time.text)));
              }}
            />
          </div>
        </div>
        <div className="time-field">
          <label id={`${id}-time-label`} htmlFor={`${id}-time`}>
            {t("time")}
          </label>
          <span id={`${id}-time-format`} className="hint">
            {t("timeFormat")}
          </span>
          <input
            id={`${id}-time`}
            type="text"
            autoComplete="off"
            size={6}
            value={time.text}
            aria-invalid={error ? true : undefined}
            aria-labelledby={`${legendId} ${id}-time-label`}
            aria-describedby={ids(`${id}-time-format`, error && `${id}-error`)}
            onChange={(e) => {
              time.setText(e.target.value);
              field.onChange(combine(day.valueOf(day.text), time.valueOf(e.target.value)));
            }}
            onBlur={field.onBlur}
          />
        </div>
      </div>
      <FieldError id={`${id}-error`} errorKey={error} />
    </fieldset>
  );
}

/**
 * A day in a plain GET or POST form without react-hook-form (the report filter): the typed text in
 * the page's format, and a hidden input `name` carrying the "2027-12-31" value the server parses
 * (or the text as typed, which the server's schema refuses with its own error).
 */
export function PlainDateField({ id, name, label, defaultValue, errorKey, describedBy }: { id: string; name: string; label: string; defaultValue?: string; errorKey?: string; describedBy?: string }) {
  const t = useTranslations("dateField");
  const locale = usePageLocale();
  const [value, setValue] = useState(defaultValue ?? "");
  const box = useTypedText(value, (v) => formatDateText(v, locale), (s) => parseDateText(s, locale), locale);
  const error = errorKey && (box.unrecognised ? "dateField.errors.date" : errorKey);
  return (
    <div className="field date-field">
      <label id={`${id}-label`} htmlFor={id}>
        {label}
      </label>
      <span id={`${id}-format`} className="hint">
        {t("dateFormat")}
      </span>
      <div className="date-field-row">
        <input
          id={id}
          type="text"
          autoComplete="off"
          size={11}
          value={box.text}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids(describedBy, `${id}-format`, error && `${id}-error`)}
          onChange={(e) => {
            box.setText(e.target.value);
            setValue(box.valueOf(e.target.value));
          }}
        />
        <CalendarButton
          label={label}
          labelId={`${id}-label`}
          value={value}
          locale={locale}
          onPick={(iso) => {
            box.setText(formatDateText(iso, locale));
            setValue(iso);
          }}
        />
      </div>
      <input type="hidden" name={name} value={value} />
      <FieldError id={`${id}-error`} errorKey={error} />
    </div>
  );
}
