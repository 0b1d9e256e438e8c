import type { Tx } from "../db/types.ts";
import { aboutCollaboration, auditChange } from "../audit/audit.ts";
import { AppError } from "../errors/app-error.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { NewCollaboration } from "./schema.ts";

/** When the guidance service starts the work for a family that contacted it (issue 7). */
export interface CollaborationPlacement {
  /** the family's municipality (the contact request's) */
  municipalityId: string;
  /** the owner's area when it is in that municipality, else null */
  areaId: string | null;
  /** the owner: the worker starting it or a frontline worker they chose (checked by the caller) */
  ownerId: string;
  /** the family's own words, carried over as their wishes */
  familyWishes?: string | null;
  /** extra audit details (ids only) */
  auditDetails?: Record<string, string>;
}

/**
 * Opens the joint work with a new family (puheeksiotto is recorded next). By default the family
 * belongs to the municipality of the worker's unit, and the worker becomes the collaboration's owner
 * and first member; a placement (from a contact request) says the municipality, area and owner.
 */
export async function createCollaboration(tx: Tx, user: SessionUser, input: NewCollaboration, placement?: CollaborationPlacement): Promise<{ id: string }> {
  let area: { id: string | null; municipalityId: string } | undefined;
  if (placement) {
    area = { id: placement.areaId, municipalityId: placement.municipalityId };
  } else {
    const me = await tx.user.findUnique({
      where: { id: user.id },
      select: { unit: { select: { area: { select: { id: true, municipalityId: true } } } } },
    });
    area = me?.unit?.area;
  }
  if (!area) throw new AppError("FORBIDDEN");
  const ownerId = placement?.ownerId ?? user.id;

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
      ownerId,
      entryRoute: input.entryRoute,
      familyWishes: placement?.familyWishes ?? null,
      members: { create: { userId: ownerId, role: "OWNER" } },
    },
    select: { id: true },
  });
  await auditChange(tx, "collaboration.create", aboutCollaboration(user.id, { id: collaboration.id, familyId: family.id }, placement ? { entryRoute: input.entryRoute, ownerId, ...placement.auditDetails } : undefined));
  return collaboration;
}
