// The admin's user form (new and edit), shared by the browser (react-hook-form) and the server.
// Message keys are errors.<key>.
import { z } from "zod";
import { personName, plainText } from "../../validation/text.ts";

export const ROLES = ["FRONTLINE_WORKER", "TEAM_MEMBER", "GUIDANCE_WORKER", "COORDINATOR", "ADMIN"] as const;
export const USER_LOCALES = ["fi", "sv", "en"] as const;

export const workEmail = z
  .string({ error: "required" })
  .transform((v) => v.trim().toLowerCase())
  .pipe(z.string().min(1, "required").max(254, "tooLong:254").pipe(z.email("invalidEmail")));

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "invalidChoice");

/** A coordinator sees a whole county ("county:<id>") or one municipality ("municipality:<id>"). */
export const coordinatorScope = z.union([z.literal(""), z.string().regex(/^(county|municipality):[0-9a-f-]{36}$/i, "invalidChoice")]);

export const userDetailsSchema = z
  .object({
    name: personName(120),
    email: workEmail,
    title: plainText(120, { required: true }),
    unitId: z.union([z.literal(""), uuid]),
    locale: z.enum(USER_LOCALES, { error: "invalidChoice" }),
    roles: z.array(z.enum(ROLES, { error: "invalidChoice" }), { error: "atLeastOneRole" }).min(1, "atLeastOneRole").max(ROLES.length),
    coordinatorScope,
  })
  .superRefine((v, ctx) => {
    if (v.roles.includes("COORDINATOR") && !v.coordinatorScope) ctx.addIssue({ code: "custom", path: ["coordinatorScope"], message: "scopeRequired" });
  });
export type UserDetailsInput = z.input<typeof userDetailsSchema>;
export type UserDetails = z.output<typeof userDetailsSchema>;

export const updateUserSchema = z.intersection(z.object({ id: uuid }), userDetailsSchema);
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export const userIdSchema = z.object({ id: uuid });

export const forgotPasswordSchema = z.object({ email: workEmail });
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;

/** List filters from the URL (?q=&role=&status=&page=). */
export const userListQuery = z.object({
  q: z.string().max(100).catch("").default(""),
  role: z.union([z.enum(ROLES), z.literal("")]).catch("").default(""),
  status: z.enum(["", "active", "inactive"]).catch("").default(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type UserListQuery = z.output<typeof userListQuery>;
