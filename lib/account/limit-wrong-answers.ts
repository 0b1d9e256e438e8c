// Account actions that take a secret (the current password, a TOTP code) count wrong answers like
// sign-in does, against the same per-account and per-IP limits, so a left-open session cannot be
// used to guess. The count is written outside the action's transaction, which a wrong answer
// rolls back.
import type { z } from "zod";
import type { Db } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { failure, runSecureAction, type ActionState, type SecureActionDefinition } from "../actions/secure-action.ts";
import { recordFailedAttempt, signInLimited } from "../auth/authenticate.ts";
import { auditAuth } from "../audit/audit.ts";
import { wrongAnswerAction } from "../audit/events.ts";

export async function runLimitingWrongAnswers<S extends z.ZodType, G, T>(
  def: SecureActionDefinition<S, G, T>,
  deps: { db: Db; user: SessionUser | null; ip: string },
  rawInput: unknown,
  wrongAnswerKeys: string[],
): Promise<ActionState<T>> {
  const { db, user, ip } = deps;
  if (!user) return failure("UNAUTHENTICATED");
  if (await signInLimited(db, user.email, ip)) return failure("RATE_LIMITED", { _form: "attemptsRateLimited" });
  const result = await runSecureAction(def, { db, user }, rawInput);
  if (!result.ok && Object.values(result.fieldErrors).some((key) => wrongAnswerKeys.includes(key))) {
    await recordFailedAttempt(db, user.email, ip);
    await auditAuth(db, wrongAnswerAction(def.name), { actorId: user.id, ip });
  }
  return result;
}
