// The password lengths for browser code: password-policy.ts reads the common-password file with
// node:fs, so it cannot be bundled for the browser. The same numbers (a db test checks they agree).
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;
