// What the chair sees when running the joint meeting: the booked time and place, who was invited
// and who came, the family members, and how far each part of the agenda has got. Chair only; the
// read is written to the use log. A fixed number of queries, whatever the size of the meeting.
import type { Db } from "../db/types.ts";
import { auditRead } from "../audit/audit.ts";
import { notFound } from "../errors/app-error.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { meetingChairWhere } from "../authz/collaboration-access.ts";

export async function getMeetingRunView(db: Db, user: SessionUser, collaborationId: string, meetingId: string) {
  const meeting = await db.jointMeeting.findFirst({
    where: { AND: [{ id: meetingId, collaborationId }, meetingChairWhere(user.id)] },
    select: {
      id: true,
      kind: true,
      status: true,
      mode: true,
      startsAt: true,
      endsAt: true,
      startedAt: true,
      completedAt: true,
      onlineUrl: true,
      organizer: { select: { id: true, name: true, title: true } },
      roomBooking: { select: { cancelledAt: true, room: { select: { name: true, unit: { select: { name: true } } } } } },
      invitations: { where: { status: { not: "CANCELLED" } }, orderBy: { user: { name: "asc" } }, select: { status: true, expertise: true, user: { select: { id: true, name: true, title: true } } } },
      attendances: { select: { kind: true, userId: true, guardianId: true, childId: true, name: true, attended: true } },
      starReview: { select: { id: true, createdAt: true } },
      planVersions: { orderBy: { versionNumber: "desc" }, take: 1, select: { versionNumber: true } },
      _count: { select: { feedback: true } },
      collaboration: {
        select: {
          id: true,
          status: true,
          familyId: true,
          owner: { select: { id: true, name: true, title: true } },
          family: {
            select: {
              language: true,
              interpreterNeeded: true,
              guardians: { orderBy: { lastName: "asc" }, select: { id: true, firstName: true, lastName: true } },
              children: { orderBy: { birthYear: "asc" }, select: { id: true, firstName: true, birthYear: true } },
            },
          },
          plan: { select: { draftSavedAt: true, thingsNeedingChange: true, nextContactAt: true, followUpWorkerToFamily: true, _count: { select: { actions: true } } } },
          responsibleWorkers: { where: { endedAt: null }, orderBy: { slot: "asc" }, select: { user: { select: { name: true, title: true } } } },
        },
      },
    },
  });
  if (!meeting) throw notFound();
  await auditRead(db, "meeting.read", {
    actorId: user.id,
    objectType: "JointMeeting",
    objectId: meeting.id,
    familyId: meeting.collaboration.familyId,
    collaborationId,
  });
  const plan = meeting.collaboration.plan;
  return {
    ...meeting,
    progress: {
      welcome: meeting.attendances.length > 0,
      star: meeting.starReview !== null,
      plan: Boolean(plan?.thingsNeedingChange) && (plan?._count.actions ?? 0) > 0,
      responsible: meeting.collaboration.responsibleWorkers.length > 0,
      followUp: Boolean(plan?.nextContactAt) && Boolean(plan?.followUpWorkerToFamily),
      feedback: meeting._count.feedback > 0,
    },
  };
}

export type MeetingRunView = Awaited<ReturnType<typeof getMeetingRunView>>;
