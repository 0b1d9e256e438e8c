import type { Db } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { MeetingKind } from "../db/generated/enums.ts";
import { requireConvener } from "../authz/collaboration-access.ts";
import { coveredExpertise } from "../consents/gate.ts";

/** The area's named team by expertise, what the consent covers, and the rooms. The convener only (requireConvener). */
export async function convenePageData(db: Db, user: SessionUser, collaborationId: string, kind?: MeetingKind) {
  const c = await requireConvener(db, user, collaborationId, kind);
  const collab = await db.collaboration.findUniqueOrThrow({ where: { id: collaborationId }, select: { municipalityId: true, family: { select: { _count: { select: { guardians: true } } } } } });
  const [teams, covered, rooms] = await Promise.all([
    db.familyCentreTeam.findMany({
      where: { areaId: c.areaId ?? "00000000-0000-0000-0000-000000000000", active: true },
      select: {
        id: true,
        name: true,
        members: { where: { active: true, user: { active: true } }, orderBy: [{ expertise: "asc" }, { user: { name: "asc" } }], select: { id: true, expertise: true, user: { select: { name: true, title: true } } } },
      },
    }),
    coveredExpertise(db, collaborationId),
    db.room.findMany({
      where: { active: true, unit: { active: true, area: { municipalityId: collab.municipalityId } } },
      orderBy: [{ unit: { name: "asc" } }, { name: "asc" }],
      select: { id: true, name: true, capacity: true, unit: { select: { name: true } } },
    }),
  ]);
  return { teams, covered: [...covered], rooms, guardianCount: collab.family._count.guardians };
}
