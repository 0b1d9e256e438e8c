// The server's password-change schema: the form's, plus the full new-password policy (the common-
// password list is read from disk, so this file is server-only).
import { newPasswordSchema } from "../auth/password-policy.ts";
import { changePasswordFormSchema } from "./schema.ts";

export const changePasswordSchema = changePasswordFormSchema.safeExtend({ newPassword: newPasswordSchema });
