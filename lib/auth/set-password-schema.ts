import "server-only";
// The server's set-password schema: the form's, plus the password policy.
import { z } from "zod";
import { setPasswordFormSchema } from "./account-schema.ts";
import { passwordProblem } from "./password-policy.ts";

export const setPasswordSchema = setPasswordFormSchema.superRefine((v, ctx) => {
  const problem = passwordProblem(v.password);
  if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
});
export type SetPassword = z.output<typeof setPasswordSchema>;
