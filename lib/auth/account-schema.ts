// The set-password form (invitation and reset links). The browser checks that both fields are filled
// and equal; the server also applies the password policy (12+ characters, not a common password),
// which reads the shipped list from disk and so cannot run in the browser.
import { z } from "zod";

export const setPasswordFormSchema = z
  .object({
    token: z.string().max(100),
    password: z.string().min(1, "required").max(1024, "passwordTooLong"),
    confirm: z.string().min(1, "required"),
  })
  .superRefine((v, ctx) => {
    if (v.confirm && v.password !== v.confirm) ctx.addIssue({ code: "custom", path: ["confirm"], message: "passwordsDiffer" });
  });
export type SetPasswordFormInput = z.input<typeof setPasswordFormSchema>;
