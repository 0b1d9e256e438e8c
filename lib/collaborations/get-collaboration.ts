import { z } from "zod";
import type { Db } from "../db/types.ts";
import { auditRead } from "../audit/audit.ts";
import { notFound } from "../errors/app-error.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { visibleTo } from "./policy.ts";

/**
 * One collaboration with its family, for someone who takes part in it. Anyone else gets NOT_FOUND,
 * exactly as for an id that does not exist. Each read writes a use-log event.
 */
export async function getCollaboration(db: Db, user: SessionUser, rawId: string) {
  const id = z.uuid().safeParse(rawId);
  if (!id.success) throw notFound();
  const collaboration = await db.collaboration.findFirst({
    where: { id: id.data, ...visibleTo(user) },
    select: {
      id: true,
      status: true,
      entryRoute: true,
      concernZone: true,
      concernRaisedAt: true,
      familyWishes: true,
      lapsetPuheeksiHeld: true,
      strengthsHome: true,
      vulnerabilitiesHome: true,
      strengthsEcecSchool: true,
      vulnerabilitiesEcecSchool: true,
      strengthsFreeTime: true,
      vulnerabilitiesFreeTime: true,
      situationMapping: true,
      meetingTopics: true,
      needIdentifiedTogether: true,
      ownerId: true,
      municipality: { select: { name: true } },
      owner: { select: { name: true, title: true } },
      family: {
        select: {
          id: true,
          language: true,
          interpreterNeeded: true,
          guardians: { select: { id: true, firstName: true, lastName: true, phone: true, email: true, language: true } },
          children: { select: { id: true, firstName: true, birthYear: true }, orderBy: { birthYear: "asc" } },
        },
      },
    },
  });
  if (!collaboration) throw notFound();
  await auditRead(db, "collaboration.read", {
    actorId: user.id,
    objectType: "Collaboration",
    objectId: collaboration.id,
    familyId: collaboration.family.id,
    collaborationId: collaboration.id,
  });
  return collaboration;
}
