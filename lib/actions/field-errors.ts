import type { z } from "zod";

/**
 * Zod issues → { "guardians.0.firstName": "required" }. Schemas name their message keys
 * (`errors.<key>`, or a module's "module.errors.key"; optionally "key:param"); anything else gets a sensible default key.
 */
export function fieldErrorsFromZod(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "_form";
    if (out[path]) continue;
    out[path] = /^[a-zA-Z]+(\.[a-zA-Z]+)*(:\d+)?$/.test(issue.message) ? issue.message : defaultKey(issue);
  }
  return out;
}

function defaultKey(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "too_big":
      return `tooLong:${String(issue.maximum)}`;
    case "too_small":
      return "required";
    case "invalid_value":
    case "invalid_union":
      return "invalidChoice";
    case "invalid_type":
      return issue.input === undefined || issue.input === null ? "required" : "invalidChoice";
    default:
      return "invalidChoice";
  }
}
