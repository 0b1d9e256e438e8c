// Need to know, in one place: how a user takes part in a collaboration. A worker sees a family
// only through a collaboration they take part in (DOMAIN.md):
//   member       any active CollaborationMember row (owner, invited, responsible)
//   owner        the frontline worker who raised the concern and chairs the joint meeting
//   responsible  an active responsible worker (vastuutyöntekijä) named by the family
// and a meeting's chair: the owner, and for a follow-up meeting also the active responsible worker.
// One `where` builder for lists and checks (the database does the scoping), one "is open" rule.
import type { Prisma } from "../db/generated/client.ts";
import type { MeetingKind } from "../db/generated/enums.ts";
import type { DbOrTx } from "../db/types.ts";
import { AppError, notFound } from "../errors/app-error.ts";

/** Ids come from URLs and forms: anything that is not a uuid names nothing the user may see. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);

export type CollaborationRelation = "member" | "owner" | "responsible";

function relationWhere(userId: string, relation: CollaborationRelation): Prisma.CollaborationWhereInput {
  switch (relation) {
    case "member":
      return { members: { some: { userId, removedAt: null } } };
    case "owner":
      return { members: { some: { userId, role: "OWNER", removedAt: null } } };
    case "responsible":
      return { responsibleWorkers: { some: { userId, endedAt: null } } };
  }
}

/** The collaborations in which the user has any of the given relations. */
export function collaborationWhere(userId: string, relations: readonly CollaborationRelation[]): Prisma.CollaborationWhereInput {
  const each = relations.map((r) => relationWhere(userId, r));
  return each.length === 1 ? each[0]! : { OR: each };
}

/** What a collaboration check allows: handed to the action's `run`, so nothing is read twice. */
export interface CollaborationGrant {
  id: string;
  familyId: string;
  areaId: string | null;
  status: string;
}

export const collaborationGrantSelect = { id: true, familyId: true, areaId: true, status: true } as const;

/** A closed collaboration is read-only: every change is refused with a clear message until it is reopened. */
export function requireOpen<C extends { status: string }>(c: C): C {
  if (c.status === "CLOSED") throw new AppError("FORBIDDEN", { message: "closed", fieldErrors: { _form: "collaborationClosed" } });
  return c;
}

/**
 * The collaboration, if the user has one of the relations (NOT_FOUND otherwise, as for one that
 * does not exist); with `open`, also refused once it is closed.
 */
export async function requireCollaboration(
  db: DbOrTx,
  user: { id: string },
  collaborationId: string,
  rule: { as: readonly CollaborationRelation[]; open: boolean },
): Promise<CollaborationGrant> {
  if (!isUuid(collaborationId)) throw notFound();
  const c = await db.collaboration.findFirst({
    where: { AND: [{ id: collaborationId }, collaborationWhere(user.id, rule.as)] },
    select: collaborationGrantSelect,
  });
  if (!c) throw notFound();
  return rule.open ? requireOpen(c) : c;
}

/** The meetings the user chairs: the owner's, and follow-up meetings of a family they are responsible for. */
export function meetingChairWhere(userId: string): Prisma.JointMeetingWhereInput {
  return {
    OR: [
      { collaboration: collaborationWhere(userId, ["owner"]) },
      { kind: "FOLLOW_UP", collaboration: collaborationWhere(userId, ["responsible"]) },
    ],
  };
}

export interface MeetingGrant {
  meeting: { id: string; collaborationId: string; status: string };
  collaboration: CollaborationGrant;
}

/** The chair records what happens in the meeting. Anyone else gets NOT_FOUND; a closed collaboration is refused. */
export async function requireMeetingChair(db: DbOrTx, user: { id: string }, meetingId: string): Promise<MeetingGrant> {
  if (!isUuid(meetingId)) throw notFound();
  const meeting = await db.jointMeeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingChairWhere(user.id)] },
    select: { id: true, collaborationId: true, status: true, collaboration: { select: collaborationGrantSelect } },
  });
  if (!meeting) throw notFound();
  const { collaboration, ...rest } = meeting;
  return { meeting: rest, collaboration: requireOpen(collaboration) };
}

/** Who may convene: the joint meeting is the owner's; a follow-up meeting may also be arranged by the responsible worker. */
export function requireConvener(db: DbOrTx, user: { id: string }, collaborationId: string, kind: MeetingKind | undefined): Promise<CollaborationGrant> {
  return requireCollaboration(db, user, collaborationId, { as: kind === "FOLLOW_UP" ? ["owner", "responsible"] : ["owner"], open: true });
}
