// Forms of the own account page and the admin's security page, shared by browser and server.
// Messages are keys: accountSecurity.errors.<key> first, then errors.<key>.
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../auth/password-limits.ts";

const ROLES = ["FRONTLINE_WORKER", "TEAM_MEMBER", "GUIDANCE_WORKER", "COORDINATOR", "ADMIN"] as const;

/**
 * The browser's half of the password change: lengths and the two new ones alike. The server adds
 * the common-password list (lib/account/change-password-schema.ts), which stays on the server.
 */
export const changePasswordFormSchema = z
  .object({
    currentPassword: z.string().min(1, "required").max(PASSWORD_MAX_LENGTH, "tooLong:1024"),
    newPassword: z.string().refine((v) => [...v].length >= PASSWORD_MIN_LENGTH, "passwordTooShort").refine((v) => v.length <= PASSWORD_MAX_LENGTH, "passwordTooLong"),
    confirmPassword: z.string().max(PASSWORD_MAX_LENGTH, "tooLong:1024"),
  })
  .superRefine((v, ctx) => {
    if (v.confirmPassword !== v.newPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "passwordsDiffer" });
    if (v.newPassword && v.newPassword === v.currentPassword) ctx.addIssue({ code: "custom", path: ["newPassword"], message: "passwordUnchanged" });
  });
export type ChangePassword = z.output<typeof changePasswordFormSchema>;

/** Six digits from an authenticator app (spaces allowed, as apps show "123 456"). */
export const totpCodeSchema = z.object({
  code: z
    .string()
    .transform((s) => s.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "totpCodeFormat")),
});
export type TotpCode = z.output<typeof totpCodeSchema>;

export const roleSecuritySchema = z.object({
  requireTwoFactor: z.array(z.enum(ROLES, { message: "invalidChoice" })).max(ROLES.length),
});
export type RoleSecurity = z.output<typeof roleSecuritySchema>;

export const resetTwoFactorSchema = z.object({ userId: z.uuid("notFound") });
export type ResetTwoFactor = z.output<typeof resetTwoFactorSchema>;

export { ROLES };
