// One family's follow-up page for its responsible worker: the plan's actions and progress, the
// contact log, shares, meetings, who has been responsible when, and the closure. Readable (not
// changeable) after closing. Anyone but an active responsible worker gets NOT_FOUND. Logged as ACCESS.
import type { Db } from "../db/types.ts";
import { auditRead } from "../audit/audit.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { consentsCoveringShare } from "../consents/gate.ts";
import { validConsentWhere } from "../consents/validity.ts";
import { PROFESSIONAL_ROLES } from "../plans/name-responsible-workers.ts";
import { contactDue } from "./due.ts";
import { requireResponsible } from "./policy.ts";
import { planProgress } from "./update-action-status.ts";

export async function followUpPageData(db: Db, user: SessionUser, collaborationId: string, now = new Date()) {
  await requireResponsible(db, user, collaborationId);
  const c = await db.collaboration.findUniqueOrThrow({
    where: { id: collaborationId },
    select: {
      id: true,
      familyId: true,
      municipalityId: true,
      areaId: true,
      status: true,
      closedAt: true,
      closureReason: true,
      closureSummary: true,
      reopenedAt: true,
      reopenReason: true,
      family: {
        select: {
          language: true,
          guardians: { orderBy: { lastName: "asc" }, select: { id: true, firstName: true, lastName: true, phone: true, email: true } },
          children: { orderBy: { birthYear: "asc" }, select: { firstName: true, birthYear: true } },
        },
      },
      plan: {
        select: {
          nextContactAt: true,
          followUpWorkerToFamily: true,
          followUpFamilyToWorker: true,
          actions: { orderBy: [{ setting: "asc" }, { sortOrder: "asc" }], select: { id: true, setting: true, description: true, who: true, place: true, dueDate: true, status: true, statusNote: true, updatedAt: true } },
          versions: { orderBy: { versionNumber: "desc" }, take: 1, select: { versionNumber: true, publishedAt: true } },
        },
      },
      contactLog: { orderBy: [{ contactedAt: "desc" }, { createdAt: "desc" }], take: 200, select: { id: true, contactedAt: true, channel: true, note: true, nextContactAt: true, author: { select: { name: true } } } },
      shares: { orderBy: { createdAt: "desc" }, take: 100, select: { id: true, channel: true, createdAt: true, recipientUser: { select: { name: true, title: true } }, sharedBy: { select: { name: true } }, planVersion: { select: { versionNumber: true } } } },
      responsibleWorkers: { orderBy: [{ startedAt: "asc" }, { slot: "asc" }], select: { id: true, slot: true, startedAt: true, endedAt: true, familyAgreement: true, user: { select: { id: true, name: true, title: true } } } },
      meetings: { orderBy: { startsAt: "desc" }, select: { id: true, kind: true, status: true, startsAt: true, endsAt: true, starReview: { select: { id: true } } } },
      consents: { where: { ...validConsentWhere(now), mayShareInformation: true }, select: { recipients: { select: { userId: true, unitId: true, description: true } } } },
      members: { where: { removedAt: null }, select: { userId: true } },
    },
  });

  // Parties the user might share with: everyone the consents name (people, or the people of a named
  // unit) and those taking part. Each is checked against the consent gate, so the form can say who
  // is covered; the server checks again when sharing.
  const namedUserIds = c.consents.flatMap((k) => k.recipients.map((r) => r.userId)).filter((id): id is string => id !== null);
  const namedUnitIds = c.consents.flatMap((k) => k.recipients.map((r) => r.unitId)).filter((id): id is string => id !== null);
  const [people, handoverCandidates] = await Promise.all([
    db.user.findMany({
      where: { active: true, id: { not: user.id }, OR: [{ id: { in: namedUserIds } }, { unitId: { in: namedUnitIds } }, { id: { in: c.members.map((m) => m.userId) } }] },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 200,
      select: { id: true, name: true, title: true },
    }),
    db.user.findMany({
      where: {
        active: true,
        roles: { hasSome: [...PROFESSIONAL_ROLES] },
        responsibilities: { none: { collaborationId, endedAt: null } },
        OR: [
          { unit: { area: { municipalityId: c.municipalityId } } },
          { teamMemberships: { some: { active: true, team: { areaId: c.areaId ?? "00000000-0000-0000-0000-000000000000" } } } },
          { memberships: { some: { collaborationId, removedAt: null } } },
        ],
      },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 300,
      select: { id: true, name: true, title: true, unit: { select: { name: true } } },
    }),
  ]);
  const shareCandidates = await Promise.all(people.map(async (p) => ({ ...p, covered: (await consentsCoveringShare(db, collaborationId, p.id, now)) !== null })));

  await auditRead(db, "followUp.read", { actorId: user.id, objectType: "Collaboration", objectId: c.id, familyId: c.familyId, collaborationId: c.id });
  const actions = c.plan?.actions ?? [];
  return {
    ...c,
    closed: c.status === "CLOSED",
    due: contactDue(c.plan?.nextContactAt, now),
    progress: planProgress(actions),
    latestVersion: c.plan?.versions[0] ?? null,
    shareCandidates,
    consentDescriptions: c.consents.flatMap((k) => k.recipients.map((r) => r.description)).filter((d): d is string => !!d),
    handoverCandidates: handoverCandidates.map((u) => ({ id: u.id, name: u.name, title: u.title, unit: u.unit?.name ?? null })),
  };
}

export type FollowUpPageData = Awaited<ReturnType<typeof followUpPageData>>;
