// The one typed error domain functions throw. The action edge maps it to form state; codes map to
// translated messages (errors.<code> keys) and HTTP-like statuses for forged calls.
export type AppErrorCode = "VALIDATION" | "UNAUTHENTICATED" | "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "RATE_LIMITED";

export const STATUS_BY_CODE: Record<AppErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** field path → message key (e.g. "guardians.0.firstName" → "required") */
  readonly fieldErrors: Record<string, string>;

  constructor(code: AppErrorCode, opts: { message?: string; fieldErrors?: Record<string, string> } = {}) {
    super(opts.message ?? code);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = opts.fieldErrors ?? {};
  }
}

/** Need to know: a missing object and one the user may not see look the same (no existence leak). */
export function notFound(): AppError {
  return new AppError("NOT_FOUND");
}
