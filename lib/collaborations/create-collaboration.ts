import type { Tx } from "../db/types.ts";
import { writeAuditEvent } from "../audit/write-audit-event.ts";
import { AppError } from "../errors/app-error.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { NewCollaboration } from "./schema.ts";

/**
 * Opens the joint work with a new family (puheeksiotto is recorded next). The family belongs to the
 * municipality of the worker's unit; the worker becomes the collaboration's owner and first member.
 */
export async function createCollaboration(tx: Tx, user: SessionUser, input: NewCollaboration): Promise<{ id: string }> {
  const me = await tx.user.findUnique({
    where: { id: user.id },
    select: { unit: { select: { area: { select: { id: true, municipalityId: true } } } } },
  });
  const area = me?.unit?.area;
  if (!area) throw new AppError("FORBIDDEN");

  const family = await tx.family.create({
    data: {
      municipalityId: area.municipalityId,
      language: input.familyLanguage,
      interpreterNeeded: input.interpreterNeeded,
      guardians: { create: input.guardians },
      children: { create: input.children },
    },
    select: { id: true },
  });
  const collaboration = await tx.collaboration.create({
    data: {
      familyId: family.id,
      municipalityId: area.municipalityId,
      areaId: area.id,
      ownerId: user.id,
      entryRoute: input.entryRoute,
      members: { create: { userId: user.id, role: "OWNER" } },
    },
    select: { id: true },
  });
  await writeAuditEvent(tx, {
    kind: "CHANGE",
    action: "collaboration.create",
    actorId: user.id,
    objectType: "Collaboration",
    objectId: collaboration.id,
    familyId: family.id,
    collaborationId: collaboration.id,
  });
  return collaboration;
}
