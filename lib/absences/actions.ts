// A user declares and removes only their own absences: the domain functions scope every query by
// the signed-in user, so there is no other object to authorize against.
import { defineAction } from "../actions/secure-action.ts";
import { ownRowsOnly } from "../authz/policies.ts";
import { declareAbsence } from "./declare-absence.ts";
import { removeAbsence } from "./remove-absence.ts";
import { declareAbsenceSchema, removeAbsenceSchema } from "./schema.ts";

export const declareAbsenceAction = defineAction({
  name: "absence.declare",
  capability: "calendar.use",
  schema: declareAbsenceSchema,
  policy: ownRowsOnly,
  run: ({ tx, user, input }) => declareAbsence(tx, user, input),
});

export const removeAbsenceAction = defineAction({
  name: "absence.remove",
  capability: "calendar.use",
  schema: removeAbsenceSchema,
  policy: ownRowsOnly,
  run: ({ tx, user, input }) => removeAbsence(tx, user, input.absenceId),
});
