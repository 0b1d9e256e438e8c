// Who may write and who may read the family's joint plan (DOMAIN.md): the chair records it, the
// responsible worker keeps it up to date, and the published plan is available to the responsible
// worker(s), the participants and, as separately agreed, the parties the consent names.
import type { DbOrTx } from "../db/types.ts";
import { notFound } from "../errors/app-error.ts";
import { collaborationGrantSelect, isUuid, requireCollaboration, type CollaborationGrant } from "../authz/collaboration-access.ts";
import { consentsCoveringShare } from "../consents/gate.ts";

/** The collaboration's owner (the chair) or an active responsible worker, while it is open; others get NOT_FOUND. */
export function requirePlanEditor(db: DbOrTx, user: { id: string }, collaborationId: string): Promise<CollaborationGrant> {
  return requireCollaboration(db, user, collaborationId, { as: ["owner", "responsible"], open: true });
}

type FamilyLanguage = "fi" | "sv" | "en";

export type PlanAccess =
  /** The chair or an active responsible worker of open joint work: the form. `isOwner`: also names the responsible worker. */
  | { kind: "EDITOR"; collaboration: CollaborationGrant; isOwner: boolean; familyId: string; familyLanguage: FamilyLanguage }
  /** Takes part (owner, invited, responsible): an ordinary read, logged as ACCESS. */
  | { kind: "PARTICIPANT"; collaboration: CollaborationGrant; familyId: string; familyLanguage: FamilyLanguage }
  /** Named in a valid consent that allows sharing: a disclosure, logged as DISCLOSURE. */
  | { kind: "CONSENT_RECIPIENT"; familyId: string; familyLanguage: FamilyLanguage; consentIds: string[] };

export type PlanViewerAccess = Exclude<PlanAccess, { kind: "EDITOR" }>;

/**
 * How the user may use the plan, from one read of their relations to the collaboration, or null
 * when they may not (callers answer NOT_FOUND). Someone outside the collaboration reads it only
 * under the consent gate for sharing: every guardian's valid consent allows sharing and names them
 * (or their unit).
 */
export async function planAccess(db: DbOrTx, user: { id: string }, collaborationId: string, now = new Date()): Promise<PlanAccess | null> {
  if (!isUuid(collaborationId)) return null;
  const c = await db.collaboration.findUnique({
    where: { id: collaborationId },
    select: {
      ...collaborationGrantSelect,
      family: { select: { language: true } },
      members: { where: { userId: user.id, removedAt: null }, select: { role: true } },
      responsibleWorkers: { where: { userId: user.id, endedAt: null }, select: { id: true } },
    },
  });
  if (!c) return null;
  const { family, members, responsibleWorkers, ...collaboration } = c;
  const base = { familyId: c.familyId, familyLanguage: family.language };
  const isOwner = members.some((m) => m.role === "OWNER");
  if ((isOwner || responsibleWorkers.length > 0) && collaboration.status !== "CLOSED") return { kind: "EDITOR", collaboration, isOwner, ...base };
  if (members.length > 0 || responsibleWorkers.length > 0) return { kind: "PARTICIPANT", collaboration, ...base };
  const consents = await consentsCoveringShare(db, collaborationId, user.id, now);
  if (consents) return { kind: "CONSENT_RECIPIENT", ...base, consentIds: consents.map((k) => k.consentId) };
  return null;
}

/** How the user may read the published plan (an editor reads as a participant), or null. */
export async function planViewerAccess(db: DbOrTx, user: { id: string }, collaborationId: string, now = new Date()): Promise<PlanViewerAccess | null> {
  const access = await planAccess(db, user, collaborationId, now);
  if (access?.kind !== "EDITOR") return access;
  const { isOwner: _isOwner, ...participant } = access;
  return { ...participant, kind: "PARTICIPANT" };
}

/** For a page that has already read the access: the editor's grant, or NOT_FOUND. */
export function editorGrant(access: PlanAccess | null): CollaborationGrant {
  if (access?.kind !== "EDITOR") throw notFound();
  return access.collaboration;
}
