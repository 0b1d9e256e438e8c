import { notFound } from "next/navigation";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { type SessionUser } from "@/lib/auth/session-user.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { coordinatorScope, type CoordinatorScope } from "@/lib/reports/coordinator-scope.ts";
import { filterInputFromParams } from "@/lib/reports/period.ts";
import { allowPage } from "@/lib/authz/page-guard.ts";

type Params = Record<string, string | string[] | undefined>;

/**
 * For the coordinator's report pages: the user (others get a 404), their scope, the filter as typed
 * (defaults filled in), and either the report or the filter's field errors. A municipality outside
 * the scope is a plain 404, as for any object the user may not see.
 */
export async function loadCoordinatorReport<T>(
  path: string,
  searchParams: Promise<Params>,
  load: (user: SessionUser, input: Record<string, string>) => Promise<T>,
): Promise<{ user: SessionUser; scope: CoordinatorScope; values: Record<string, string>; query: string; report: T | null; errors: Record<string, string> }> {
  const user = await requireUser(path);
  allowPage(user, "reports.view");
  const scope = await coordinatorScope(db, user);
  const values = filterInputFromParams(await searchParams, new Date());
  const query = new URLSearchParams(Object.entries(values).filter(([, v]) => v !== "")).toString();
  try {
    return { user, scope, values, query, report: await load(user, values), errors: {} };
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    if (err instanceof AppError && err.code === "VALIDATION") return { user, scope, values, query, report: null, errors: err.fieldErrors };
    throw err;
  }
}
