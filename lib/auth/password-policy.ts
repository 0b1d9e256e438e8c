// Passwords people choose: at least 12 characters, at most 1024 (argon2 input bound), and not one
// of the common passwords shipped with the product (lib/auth/common-passwords.txt, 49,000 entries).
// A common word with digits or symbols stuck on ("salasana2026!") is refused as well.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;

// Read from the project root (where `npm start` and the tests run), not bundled into the server build.
let common: Set<string> | null = null;

function commonPasswords(): Set<string> {
  if (!common) {
    const text = readFileSync(join(process.cwd(), "lib/auth/common-passwords.txt"), "utf8");
    common = new Set(text.split("\n").filter((line) => line && !line.startsWith("#")).map((line) => line.trim().toLowerCase()));
    // Finnish and Swedish favourites the English-language list lacks.
    for (const extra of ["salasana", "salasana123", "salasana1234", "qwertyuiopå", "lösenord", "lösenord123", "yhteinenaika", "perhekeskus", "kissakoira", "hyvinvointi"]) common.add(extra);
  }
  return common;
}

export type PasswordProblem = "passwordTooShort" | "passwordTooLong" | "passwordCommon";

/** Why a new password is not acceptable (a message key under `errors.`), or null when it is. */
export function passwordProblem(password: string): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return "passwordTooShort";
  if (password.length > PASSWORD_MAX_LENGTH) return "passwordTooLong";
  const lower = password.trim().toLowerCase();
  const core = lower.replace(/[\d\W_]+$/u, "").replace(/^[\d\W_]+/u, "");
  const list = commonPasswords();
  if (list.has(lower) || (core.length > 0 && list.has(core)) || /^(.)\1+$/u.test(lower)) return "passwordCommon";
  return null;
}

/** The zod field for a new password; its messages are `errors.<PasswordProblem>` keys. */
export const newPasswordSchema = z.string().superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});
