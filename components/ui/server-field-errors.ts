// A server result's field errors ({ "answers.q1": "invalidChoice" }) in react-hook-form's nested
// shape, given to useForm as its first errors: so a page rendered after a plain HTML post (no
// JavaScript) already shows each error next to its field, with the same markup as in the browser.
import type { FieldErrors, FieldValues } from "react-hook-form";

export function serverFieldErrors<T extends FieldValues>(fieldErrors: Record<string, string> | undefined): FieldErrors<T> | undefined {
  if (!fieldErrors || Object.keys(fieldErrors).length === 0) return undefined;
  const out: Record<string, unknown> = {};
  for (const [path, message] of Object.entries(fieldErrors)) {
    const parts = path.split(".");
    let node = out;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts.at(-1)!] = { type: "server", message };
  }
  return out as FieldErrors<T>;
}
