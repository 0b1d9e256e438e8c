import type { SecureActionDefinition } from "../actions/secure-action.ts";
import { declareAbsence } from "./declare-absence.ts";
import { removeAbsence } from "./remove-absence.ts";
import { declareAbsenceSchema, removeAbsenceSchema } from "./schema.ts";

// A user declares and removes only their own absences: the domain functions scope every query by
// the signed-in user, so there is no other object to authorize against.
export const declareAbsenceAction: SecureActionDefinition<typeof declareAbsenceSchema, { id: string }> = {
  name: "absence.declare",
  schema: declareAbsenceSchema,
  async policy() {},
  run: ({ tx, user, input }) => declareAbsence(tx, user, input),
};

export const removeAbsenceAction: SecureActionDefinition<typeof removeAbsenceSchema, { id: string }> = {
  name: "absence.remove",
  schema: removeAbsenceSchema,
  async policy() {},
  run: ({ tx, user, input }) => removeAbsence(tx, user, input.absenceId),
};
