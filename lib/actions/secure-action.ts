// The one way into a mutation. Every server action is a `secureAction`, so a forgotten session or
// authorization check is impossible: session → the role rule (lib/authz/capabilities.ts) → zod
// parse → per-object policy, which returns a grant (the object it allowed, so nothing is read
// twice) → domain function (which writes its audit event), all in one transaction, so a refusal or
// failure writes nothing.
import type { z } from "zod";
import { can, type Capability } from "../authz/capabilities.ts";
import { auditChange, changeActionOf, type AuditTarget } from "../audit/audit.ts";
import type { Db, Tx } from "../db/types.ts";
import { AppError, STATUS_BY_CODE, type AppErrorCode } from "../errors/app-error.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { fieldErrorsFromZod } from "./field-errors.ts";

export type ActionState<T = undefined> =
  | { ok: true; data: T }
  | {
      ok: false;
      /** HTTP-like status: 400 bad input, 401 signed out, 404 not found or not yours, 409 conflict */
      status: number;
      code: AppErrorCode | "UNEXPECTED";
      /** message key under `errors.` */
      message: string;
      /** field path → message key, shown next to the field */
      fieldErrors: Record<string, string>;
    };

export interface ActionContext<I> {
  user: SessionUser;
  input: I;
  tx: Tx;
}

export interface SecureActionDefinition<S extends z.ZodType, G, T> {
  /** e.g. "collaboration.create" (used in logs and the action registry) */
  name: string;
  /** The role rule: users whose roles lack it get NOT_FOUND before their input is even read. */
  capability: Capability;
  schema: S;
  /**
   * The per-object rule. Throws AppError (NOT_FOUND for objects the user may not see) when the user
   * may not do this; otherwise returns the grant — what it checked (e.g. the collaboration with its
   * family) — which `run` receives. An action on the user's own rows only says so by name
   * (lib/authz/policies.ts `ownRowsOnly`), never with an empty function.
   */
  policy(ctx: ActionContext<z.output<S>>): Promise<G>;
  run(ctx: ActionContext<z.output<S>> & { grant: G }): Promise<T>;
  /**
   * The change event, when the definition's name is all it needs: the wrapper writes it (kind
   * CHANGE, action = `name`, which must be a catalogued change) in the same transaction, after `run`.
   * Domain functions that write richer events themselves leave this out.
   */
  audit?(ctx: ActionContext<z.output<S>> & { grant: G; result: T }): Omit<AuditTarget, "actorId">;
}

/** Any definition, for the registry and the wrapper's callers. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySecureAction = SecureActionDefinition<z.ZodType, any, any>;

/** Declares an action; the grant and result types are inferred from `policy` and `run`. */
export function defineAction<S extends z.ZodType, G, T>(def: SecureActionDefinition<S, G, T>): SecureActionDefinition<S, G, T> {
  return def;
}

/**
 * A domain's actions that share one role rule and one policy (e.g. "the plan's editor"): each is
 * then only its name, schema and domain function. `I` is what the policy reads from the input.
 */
export function actionsWith<I, G>(capability: Capability, policy: (ctx: ActionContext<I>) => Promise<G>) {
  return <S extends z.ZodType<I>, T>(name: string, schema: S, run: SecureActionDefinition<S, G, T>["run"]): SecureActionDefinition<S, G, T> =>
    defineAction({ name, capability, schema, policy: policy as (ctx: ActionContext<z.output<S>>) => Promise<G>, run });
}

export function failure(code: AppErrorCode | "UNEXPECTED", fieldErrors: Record<string, string> = {}): ActionState<never> {
  const messageByCode: Record<AppErrorCode | "UNEXPECTED", string> = {
    VALIDATION: "formHasErrors",
    UNAUTHENTICATED: "unauthenticated",
    NOT_FOUND: "notFound",
    FORBIDDEN: "forbidden",
    CONFLICT: "conflict",
    RATE_LIMITED: "forbidden",
    UNEXPECTED: "unexpected",
  };
  return {
    ok: false,
    status: code === "UNEXPECTED" ? 500 : STATUS_BY_CODE[code],
    code,
    message: messageByCode[code],
    fieldErrors,
  };
}

export async function runSecureAction<S extends z.ZodType, G, T>(
  def: SecureActionDefinition<S, G, T>,
  deps: { db: Db; user: SessionUser | null },
  rawInput: unknown,
): Promise<ActionState<T>> {
  if (!deps.user) return failure("UNAUTHENTICATED");
  const user = deps.user;
  if (!can(user, def.capability)) return failure("NOT_FOUND");
  const parsed = def.schema.safeParse(rawInput);
  if (!parsed.success) return failure("VALIDATION", fieldErrorsFromZod(parsed.error));
  try {
    const data = await deps.db.$transaction(
      async (tx) => {
        const ctx = { user, input: parsed.data, tx };
        const grant = await def.policy(ctx);
        const result = await def.run({ ...ctx, grant });
        if (def.audit) await auditChange(tx, changeActionOf(def.name), { actorId: user.id, ...def.audit({ ...ctx, grant, result }) });
        return result;
      },
      // Under load a transaction may wait for a connection (PGlite runs them one at a time);
      // waiting a little longer beats failing a worker's save.
      { maxWait: 15_000, timeout: 20_000 },
    );
    return { ok: true, data };
  } catch (err) {
    if (err instanceof AppError) return failure(err.code, err.fieldErrors);
    console.error(`[action ${def.name}] failed`, err);
    return failure("UNEXPECTED");
  }
}
