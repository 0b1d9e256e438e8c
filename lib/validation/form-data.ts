// Plain HTML form posts (the public forms work without JavaScript): FormData read as text only, with
// its size counted the way the JSON endpoint counts its body, so the same limits hold either way.

/** The text fields of a post; `hasFile` when any entry is a file (the public forms take none). */
export function textEntries(form: FormData): { fields: Map<string, string>; bytes: number; hasFile: boolean } {
  const fields = new Map<string, string>();
  let bytes = 0;
  let hasFile = false;
  for (const [key, value] of form.entries()) {
    // React's own fields for a server action ($ACTION_ID_…, $ACTION_REF_…) are not the form's.
    if (key.startsWith("$ACTION")) continue;
    if (typeof value !== "string") {
      hasFile = true;
      continue;
    }
    bytes += Buffer.byteLength(key) + Buffer.byteLength(value) + 2;
    // The first value of a name wins, as a radio group or a single field would send it.
    if (!fields.has(key)) fields.set(key, value);
  }
  return { fields, bytes, hasFile };
}

/** A checkbox posts its value ("on") only when ticked. */
export const ticked = (fields: Map<string, string>, name: string): boolean => fields.has(name);
