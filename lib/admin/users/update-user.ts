// Editing a user's details and roles. A change of roles, coordinator scope or sign-in e-mail changes
// what the user may do, so it ends their sessions (they sign in again with the new access).
// Removing ADMIN from the last active admin is refused.
import type { DbOrTx } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";
import { auditChange } from "../../audit/audit.ts";
import { revokeSessions } from "../../auth/session-version.ts";
import { requireAdmin } from "../require-admin.ts";
import { assertNotLastAdmin } from "./policy.ts";
import { assertEmailFree, resolveUnitAndScope } from "./resolve-user-fields.ts";
import type { UserDetails } from "./schema.ts";

export async function updateUser(tx: DbOrTx, actor: SessionUser, input: UserDetails & { id: string }): Promise<{ id: string; sessionsEnded: boolean }> {
  requireAdmin(actor);
  const before = await tx.user.findUnique({
    where: { id: input.id },
    select: { id: true, name: true, email: true, title: true, unitId: true, locale: true, roles: true, active: true, scopeCountyId: true, scopeMunicipalityId: true },
  });
  if (!before) throw notFound();
  if (input.email !== before.email.toLowerCase()) await assertEmailFree(tx, input.email, before.id);
  const placement = await resolveUnitAndScope(tx, input, before.unitId);
  if (before.active && before.roles.includes("ADMIN") && !input.roles.includes("ADMIN")) await assertNotLastAdmin(tx, before.id, "roles");

  const sameRoles = [...before.roles].sort().join() === [...input.roles].sort().join();
  const changed = [
    input.name !== before.name && "name",
    input.email !== before.email.toLowerCase() && "email",
    input.title !== before.title && "title",
    placement.unitId !== before.unitId && "unitId",
    input.locale !== before.locale && "locale",
    (placement.scopeCountyId !== before.scopeCountyId || placement.scopeMunicipalityId !== before.scopeMunicipalityId) && "scope",
  ].filter((f): f is string => Boolean(f));

  await tx.user
    .update({
      where: { id: before.id },
      data: { name: input.name, email: input.email, title: input.title, locale: input.locale, roles: input.roles, ...placement },
    })
    .catch((err: unknown) => {
      throw isUniqueViolation(err) ? new AppError("VALIDATION", { fieldErrors: { email: "emailTaken" } }) : err;
    });
  if (changed.length > 0) {
    await auditChange(tx, "admin.user.update", { actorId: actor.id, objectType: "User", objectId: before.id, details: { fields: changed } });
  }
  if (!sameRoles) {
    await auditChange(tx, "admin.user.roles", { actorId: actor.id, objectType: "User", objectId: before.id, details: { from: before.roles, to: input.roles } });
  }
  const sessionsEnded = !sameRoles || changed.includes("scope") || changed.includes("email");
  if (sessionsEnded) await revokeSessions(tx, before.id);
  return { id: before.id, sessionsEnded };
}
