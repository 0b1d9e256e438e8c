// One user for the admin's edit page: details, roles and scope as form values, and the state of
// their sign-in (password set, open invitation and until when, two-factor on or off).
import type { DbOrTx } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { notFound } from "../../errors/app-error.ts";
import { requireAdmin } from "../require-admin.ts";
import { scopeValue } from "./resolve-user-fields.ts";

export async function getUserForAdmin(db: DbOrTx, actor: SessionUser, id: string) {
  requireAdmin(actor);
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound();
  const u = await db.user.findUnique({
    where: { id },
    select: {
      id: true, name: true, email: true, title: true, unitId: true, locale: true, roles: true, active: true, deactivatedAt: true,
      scopeCountyId: true, scopeMunicipalityId: true, passwordHash: true, oidcSubject: true, totpEnabledAt: true, createdAt: true,
      accountTokens: { where: { kind: "INVITATION", usedAt: null }, orderBy: { createdAt: "desc" }, take: 1, select: { expiresAt: true } },
    },
  });
  if (!u) throw notFound();
  return {
    id: u.id,
    active: u.active,
    deactivatedAt: u.deactivatedAt,
    canSignIn: Boolean(u.passwordHash || u.oidcSubject),
    twoFactorOn: u.totpEnabledAt !== null,
    invitationExpiresAt: u.accountTokens[0]?.expiresAt ?? null,
    values: {
      name: u.name,
      email: u.email,
      title: u.title,
      unitId: u.unitId ?? "",
      locale: u.locale,
      roles: u.roles,
      coordinatorScope: scopeValue(u),
    },
  };
}
