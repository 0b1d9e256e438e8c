"use server";
// Server actions of the own account pages: the password change and the second factor. Wrong
// passwords and codes count against the sign-in limits; the two-factor actions are the only ones a
// user who must still set up a required second factor may call.
import { serverAction } from "../actions/server-action.ts";
import { currentUserIncludingEnrolment } from "../auth/current-user.ts";
import { changePasswordAction, confirmTwoFactorAction, disableTwoFactorAction, startTwoFactorAction } from "./actions.ts";
import { WRONG_CURRENT_PASSWORD } from "./change-password.ts";
import { WRONG_CODE } from "./two-factor.ts";

const duringEnrolment = { sessionUser: currentUserIncludingEnrolment };

export const changeOwnPassword = serverAction(changePasswordAction, { wrongAnswers: [WRONG_CURRENT_PASSWORD] });
export const startOwnTwoFactor = serverAction(startTwoFactorAction, duringEnrolment);
export const confirmOwnTwoFactor = serverAction(confirmTwoFactorAction, { ...duringEnrolment, wrongAnswers: [WRONG_CODE] });
export const disableOwnTwoFactor = serverAction(disableTwoFactorAction, { ...duringEnrolment, wrongAnswers: [WRONG_CODE] });
