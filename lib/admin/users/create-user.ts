// A new user, created by an admin: no password yet, an invitation mail with a link to choose one.
import type { DbOrTx } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { auditChange } from "../../audit/audit.ts";
import { AppError } from "../../errors/app-error.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";
import { requireAdmin } from "../require-admin.ts";
import { assertEmailFree, resolveUnitAndScope } from "./resolve-user-fields.ts";
import { sendInvitation } from "./send-invitation.ts";
import type { UserDetails } from "./schema.ts";

export async function createUser(tx: DbOrTx, actor: SessionUser, input: UserDetails, now = new Date()): Promise<{ id: string }> {
  requireAdmin(actor);
  await assertEmailFree(tx, input.email);
  const placement = await resolveUnitAndScope(tx, input);
  // Two admins adding the same address at once: the loser gets the same field error, not a 500.
  const user = await tx.user
    .create({
      data: { name: input.name, email: input.email, title: input.title, locale: input.locale, roles: input.roles, ...placement },
      select: { id: true, email: true, name: true, locale: true },
    })
    .catch((err: unknown) => {
      throw isUniqueViolation(err) ? new AppError("VALIDATION", { fieldErrors: { email: "emailTaken" } }) : err;
    });
  await sendInvitation(tx, user, actor.id, now);
  await auditChange(tx, "admin.user.create", {
    actorId: actor.id,
    objectType: "User",
    objectId: user.id,
    details: { roles: input.roles, unitId: placement.unitId, locale: input.locale, scopeCountyId: placement.scopeCountyId, scopeMunicipalityId: placement.scopeMunicipalityId },
  });
  return { id: user.id };
}
