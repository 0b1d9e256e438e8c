"use server";
// The public account actions: choosing a password with a link, and asking for a reset link. They
// have no session to check; the link (or nothing at all) is the authority. Bad input answers with
// field errors like every other form.
import { headers } from "next/headers";
import { db } from "../db/client.ts";
import { failure, type ActionState } from "../actions/secure-action.ts";
import { fieldErrorsFromZod } from "../actions/field-errors.ts";
import { AppError } from "../errors/app-error.ts";
import { clientIp } from "./client-ip.ts";
import { setPasswordSchema } from "./set-password-schema.ts";
import { setPasswordWithToken } from "./set-password-with-token.ts";
import { requestPasswordReset } from "./request-password-reset.ts";
import { forgotPasswordSchema } from "../admin/users/schema.ts";

function fromError(err: unknown): ActionState<never> {
  if (err instanceof AppError) return failure(err.code, err.fieldErrors);
  console.error("[account action] failed", err);
  return failure("UNEXPECTED");
}

export async function setPasswordServer(input: unknown): Promise<ActionState<null>> {
  const parsed = setPasswordSchema.safeParse(input);
  if (!parsed.success) return failure("VALIDATION", fieldErrorsFromZod(parsed.error));
  try {
    await db.$transaction((tx) => setPasswordWithToken(tx, parsed.data), { maxWait: 15_000, timeout: 20_000 });
    return { ok: true, data: null };
  } catch (err) {
    return fromError(err);
  }
}

/** Minimum answer time, so an address with an account (a few more writes) answers as fast as one without. */
const ANSWER_MS = 400;

export async function requestPasswordResetServer(input: unknown): Promise<ActionState<null>> {
  const started = Date.now();
  const parsed = forgotPasswordSchema.safeParse(input);
  if (!parsed.success) return failure("VALIDATION", fieldErrorsFromZod(parsed.error));
  let result: ActionState<null>;
  try {
    await requestPasswordReset(db, { email: parsed.data.email, ip: clientIp(await headers()) });
    result = { ok: true, data: null };
  } catch (err) {
    result = fromError(err);
  }
  const wait = ANSWER_MS - (Date.now() - started);
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  return result;
}
