// The admin chooses which roles must use two-factor authentication. One audit event per role whose
// rule changed (role and the new value; no free text).
import type { Tx } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { auditChange } from "../audit/audit.ts";
import { ROLES, type RoleSecurity } from "../account/schema.ts";

export async function setRoleSecurity(tx: Tx, admin: SessionUser, input: RoleSecurity): Promise<{ changed: string[] }> {
  const current = await tx.roleSecurityPolicy.findMany();
  const before = new Map(current.map((p) => [p.role, p.requireTwoFactor]));
  const wanted = new Set(input.requireTwoFactor);
  const changed: string[] = [];
  for (const role of ROLES) {
    const requireTwoFactor = wanted.has(role);
    if ((before.get(role) ?? false) === requireTwoFactor) continue;
    await tx.roleSecurityPolicy.upsert({
      where: { role },
      create: { role, requireTwoFactor, updatedById: admin.id },
      update: { requireTwoFactor, updatedById: admin.id },
    });
    await auditChange(tx, "admin.role_security.update", { actorId: admin.id, objectType: "RoleSecurityPolicy", details: { role, requireTwoFactor } });
    changed.push(role);
  }
  return { changed };
}

/** Per role, whether two-factor is required (roles without a row: not required). */
export async function getRoleSecurity(db: Tx): Promise<Record<(typeof ROLES)[number], boolean>> {
  const rows = await db.roleSecurityPolicy.findMany();
  const out = Object.fromEntries(ROLES.map((r) => [r, false])) as Record<(typeof ROLES)[number], boolean>;
  for (const r of rows) out[r.role] = r.requireTwoFactor;
  return out;
}
