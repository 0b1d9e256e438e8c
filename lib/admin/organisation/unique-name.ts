// Names are unique (a municipality in the country, an area in its municipality, a unit in its area,
// a room in its unit, a team everywhere). A taken name is the admin's typing problem, so it becomes
// a field error: checked first, and a race lost at the constraint says the same.
import { AppError } from "../../errors/app-error.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";
import { ORG_ERRORS } from "./schema.ts";

export function duplicateName(): AppError {
  return new AppError("VALIDATION", { fieldErrors: { name: ORG_ERRORS.duplicateName } });
}

export async function assertNameFree(taken: Promise<{ id: string } | null>, ownId: string | null): Promise<void> {
  const row = await taken;
  if (row && row.id !== ownId) throw duplicateName();
}

export async function writeNamed<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicateName();
    throw err;
  }
}
