"use server";
// Server actions of the admin's security page (admins only; NOT_FOUND to anyone else).
import { serverAction } from "../actions/server-action.ts";
import { resetTwoFactorAction, setRoleSecurityAction } from "./security-actions.ts";

export const saveRoleSecurity = serverAction(setRoleSecurityAction);
export const resetUserTwoFactor = serverAction(resetTwoFactorAction);
