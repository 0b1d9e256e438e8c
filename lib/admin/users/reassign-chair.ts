// Naming a new chair for a deactivated worker's open work in one municipality: the ownership of
// their open collaborations (with its OWNER membership) and the organizer's seat of their scheduled
// meetings move to an active professional working in that municipality. Responsible-worker
// assignments are NOT moved here: the family names its responsible worker (the model requires it),
// so the new chair arranges the handover with the family. Audited per collaboration, ids only.
import type { DbOrTx } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import { aboutCollaboration, auditChange } from "../../audit/audit.ts";
import { isProfessional } from "../../plans/name-responsible-workers.ts";
import { requireAdmin } from "../require-admin.ts";

export interface ReassignChairInput {
  fromUserId: string;
  municipalityId: string;
  toUserId: string;
}

/** The admin's municipality scope, when they have one; null for a county-wide admin. */
async function adminScope(db: DbOrTx, actor: SessionUser): Promise<string | null> {
  const me = await db.user.findUnique({ where: { id: actor.id }, select: { scopeMunicipalityId: true } });
  return me?.scopeMunicipalityId ?? null;
}

/** Who may take over: active professionals whose unit is in the municipality, by name. */
export async function chairCandidates(db: DbOrTx, actor: SessionUser, input: { fromUserId: string; municipalityId: string }) {
  requireAdmin(actor);
  const scope = await adminScope(db, actor);
  if (scope && scope !== input.municipalityId) throw notFound();
  const [from, municipality] = await Promise.all([
    db.user.findUnique({ where: { id: input.fromUserId }, select: { id: true, name: true, active: true } }),
    db.municipality.findUnique({ where: { id: input.municipalityId }, select: { id: true, name: true } }),
  ]);
  if (!from || from.active || !municipality) throw notFound();
  const candidates = await db.user.findMany({
    where: { active: true, id: { not: from.id }, roles: { hasSome: ["FRONTLINE_WORKER", "TEAM_MEMBER", "GUIDANCE_WORKER"] }, unit: { area: { municipalityId: municipality.id } } },
    select: { id: true, name: true, title: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
  });
  return { from, municipality, candidates };
}

export async function reassignChair(tx: DbOrTx, actor: SessionUser, input: ReassignChairInput, now = new Date()): Promise<{ collaborations: number; meetings: number }> {
  requireAdmin(actor);
  const scope = await adminScope(tx, actor);
  if (scope && scope !== input.municipalityId) throw notFound();
  const from = await tx.user.findUnique({ where: { id: input.fromUserId }, select: { id: true, active: true } });
  if (!from || from.active) throw notFound();
  const to = await tx.user.findUnique({ where: { id: input.toUserId }, select: { id: true, active: true, roles: true, unit: { select: { area: { select: { municipalityId: true } } } } } });
  if (!to || !to.active || to.id === from.id || !isProfessional(to.roles) || to.unit?.area.municipalityId !== input.municipalityId) {
    throw new AppError("VALIDATION", { fieldErrors: { toUserId: "chairNotEligible" } });
  }

  const owned = await tx.collaboration.findMany({
    where: { ownerId: from.id, municipalityId: input.municipalityId, status: { not: "CLOSED" } },
    select: { id: true, familyId: true },
  });
  const ids = owned.map((c) => c.id);
  await tx.collaboration.updateMany({ where: { id: { in: ids } }, data: { ownerId: to.id } });
  await tx.collaborationMember.updateMany({ where: { collaborationId: { in: ids }, userId: from.id, role: "OWNER" }, data: { removedAt: now } });
  for (const c of owned) {
    await tx.collaborationMember.upsert({
      where: { collaborationId_userId_role: { collaborationId: c.id, userId: to.id, role: "OWNER" } },
      create: { collaborationId: c.id, userId: to.id, role: "OWNER", addedAt: now },
      update: { removedAt: null },
    });
    await auditChange(tx, "admin.collaboration.chair", aboutCollaboration(actor.id, c, { fromUserId: from.id, toUserId: to.id }));
  }
  const meetings = await tx.jointMeeting.updateMany({
    where: { organizerId: from.id, municipalityId: input.municipalityId, status: "SCHEDULED" },
    data: { organizerId: to.id },
  });
  await auditChange(tx, "admin.user.reassign", {
    actorId: actor.id,
    objectType: "User",
    objectId: from.id,
    details: { toUserId: to.id, municipalityId: input.municipalityId, collaborations: owned.length, meetings: meetings.count },
  });
  return { collaborations: owned.length, meetings: meetings.count };
}
