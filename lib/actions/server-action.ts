// The one helper that turns an action definition into a server action: the session user, the
// wrapper (zod → policy → run in one transaction) and, for actions that take a secret, the
// wrong-answer limit. Every `lib/<domain>/server-actions.ts` export is made by it, so no server
// action can skip the session or the policy.
import "server-only";
import type { z } from "zod";
import { headers } from "next/headers";
import { db } from "../db/client.ts";
import { currentUser } from "../auth/current-user.ts";
import { clientIp } from "../auth/client-ip.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { runLimitingWrongAnswers } from "../account/limit-wrong-answers.ts";
import { runSecureAction, type ActionState, type SecureActionDefinition } from "./secure-action.ts";
import { ACTION_REGISTRY } from "../authz/registry.ts";

export interface ServerActionOptions {
  /** Who is asking; the default refuses a user who must still set up a required second factor. */
  sessionUser?: () => Promise<SessionUser | null>;
  /** Field-error keys that mean "a wrong secret": counted against the sign-in limits. */
  wrongAnswers?: string[];
}

export function serverAction<S extends z.ZodType, G, T>(
  def: SecureActionDefinition<S, G, T>,
  options: ServerActionOptions = {},
): (input?: unknown) => Promise<ActionState<T>> {
  // An action the registry does not list would escape the authorization matrix: refuse to make it.
  if (ACTION_REGISTRY.get(def.name) !== def) throw new Error(`action ${def.name} is not in lib/authz/registry.ts`);
  const sessionUser = options.sessionUser ?? currentUser;
  const wrongAnswers = options.wrongAnswers;
  if (wrongAnswers) {
    return async (input = {}) => {
      const ip = clientIp(await headers());
      return runLimitingWrongAnswers(def, { db, user: await sessionUser(), ip }, input, wrongAnswers);
    };
  }
  return async (input = {}) => runSecureAction(def, { db, user: await sessionUser() }, input);
}
