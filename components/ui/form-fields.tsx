"use client";
// Labelled fields wired to react-hook-form, each with its error tied by aria-describedby, so every
// form gets the same accessible markup without repeating it.
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { FieldError } from "./field-error.tsx";

export function errorAt(errors: unknown, path: string): string | undefined {
  let node: unknown = errors;
  for (const p of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[p];
  const n = node as { message?: string; root?: { message?: string } } | undefined;
  return n?.message ?? n?.root?.message;
}

export const fieldId = (path: string, prefix?: string) => (prefix ? `${prefix}-` : "") + path.replace(/\./g, "-");

/**
 * The field's value for the server-rendered HTML: react-hook-form fills registered inputs only once
 * JavaScript runs, so without it (the public forms) the page itself must carry what was typed.
 */
function initial<T extends FieldValues>(form: UseFormReturn<T, unknown, unknown>, name: Path<T>): unknown {
  return form.getValues(name);
}
const asText = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : undefined);

interface FieldProps<T extends FieldValues> {
  form: UseFormReturn<T, unknown, unknown>;
  name: Path<T>;
  label: string;
  hint?: string;
  /** Makes ids unique when the same form appears several times on a page. */
  idPrefix?: string;
}

function describedBy(id: string, error?: string, hint?: string) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function TextField<T extends FieldValues>({ form, name, label, hint, idPrefix, type = "text", ...rest }: FieldProps<T> & { type?: string; inputMode?: "numeric" | "text" | "tel" | "email"; maxLength?: number; min?: string; max?: string; autoComplete?: string }) {
  const error = errorAt(form.formState.errors, name);
  const id = fieldId(name, idPrefix);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && <span id={`${id}-hint`} className="hint">{hint}</span>}
      <input id={id} type={type} autoComplete="off" aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} defaultValue={asText(initial(form, name))} {...rest} {...form.register(name)} />
      <FieldError id={`${id}-error`} errorKey={error} />
    </div>
  );
}

export function TextArea<T extends FieldValues>({ form, name, label, hint, idPrefix, rows = 4 }: FieldProps<T> & { rows?: number }) {
  const error = errorAt(form.formState.errors, name);
  const id = fieldId(name, idPrefix);
  return (
    <div className="field wide">
      <label htmlFor={id}>{label}</label>
      {hint && <span id={`${id}-hint`} className="hint">{hint}</span>}
      <textarea id={id} rows={rows} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} defaultValue={asText(initial(form, name))} {...form.register(name)} />
      <FieldError id={`${id}-error`} errorKey={error} />
    </div>
  );
}

export function SelectField<T extends FieldValues>({ form, name, label, options, hint, idPrefix }: FieldProps<T> & { options: { value: string; label: string }[] }) {
  const error = errorAt(form.formState.errors, name);
  const id = fieldId(name, idPrefix);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && <span id={`${id}-hint`} className="hint">{hint}</span>}
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} defaultValue={asText(initial(form, name))} {...form.register(name)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} errorKey={error} />
    </div>
  );
}

export function CheckboxField<T extends FieldValues>({ form, name, label, idPrefix }: FieldProps<T>) {
  const error = errorAt(form.formState.errors, name);
  const id = fieldId(name, idPrefix);
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" aria-describedby={error ? `${id}-error` : undefined} defaultChecked={initial(form, name) === true} {...form.register(name)} />
      <label htmlFor={id}>{label}</label>
      <FieldError id={`${id}-error`} errorKey={error} />
    </div>
  );
}

/** A group of radio buttons in a fieldset with a legend. */
export function RadioGroup<T extends FieldValues>({ form, name, label, options, idPrefix }: FieldProps<T> & { options: { value: string; label: string }[] }) {
  const error = errorAt(form.formState.errors, name);
  const id = fieldId(name, idPrefix);
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{label}</legend>
      {options.map((o) => (
        <div className="checkbox" key={o.value}>
          <input id={`${id}-${o.value}`} type="radio" value={o.value} defaultChecked={initial(form, name) === o.value} {...form.register(name)} />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
      <FieldError id={`${id}-error`} errorKey={error} />
    </fieldset>
  );
}

/** Puts a failed action's field errors next to their fields; returns the form-level message key. */
export function applyServerErrors<T extends FieldValues>(form: UseFormReturn<T, unknown, unknown>, result: { fieldErrors: Record<string, string>; message: string }): string {
  for (const [path, key] of Object.entries(result.fieldErrors)) form.setError(path as Path<T>, { type: "server", message: key });
  const first = Object.keys(result.fieldErrors)[0];
  if (first) document.getElementById(fieldId(first))?.focus();
  return result.message;
}
