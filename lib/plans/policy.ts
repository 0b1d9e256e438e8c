// Who may write and who may read the family's joint plan (DOMAIN.md): the chair records it, the
// responsible worker keeps it up to date, and the published plan is available to the responsible
// worker(s), the participants and, as separately agreed, the parties the consent names.
import type { DbOrTx } from "../db/types.ts";
import { AppError, notFound } from "../errors/app-error.ts";
import { consentsCoveringShare } from "../consents/gate.ts";

/** The collaboration's owner (the chair) or an active responsible worker; others get NOT_FOUND. */
export async function requirePlanEditor(db: DbOrTx, user: { id: string }, collaborationId: string): Promise<{ id: string; familyId: string; status: string }> {
  const c = await db.collaboration.findFirst({
    where: {
      id: collaborationId,
      OR: [
        { members: { some: { userId: user.id, role: "OWNER", removedAt: null } } },
        { responsibleWorkers: { some: { userId: user.id, endedAt: null } } },
      ],
    },
    select: { id: true, familyId: true, status: true },
  });
  if (!c) throw notFound();
  if (c.status === "CLOSED") throw new AppError("FORBIDDEN", { message: "closed" });
  return c;
}

export type PlanViewerAccess =
  /** Takes part (owner, invited, responsible): an ordinary read, logged as ACCESS. */
  | { kind: "PARTICIPANT"; familyId: string; familyLanguage: "fi" | "sv" | "en" }
  /** Named in a valid consent that allows sharing: a disclosure, logged as DISCLOSURE. */
  | { kind: "CONSENT_RECIPIENT"; familyId: string; familyLanguage: "fi" | "sv" | "en"; consentIds: string[] };

/**
 * How the user may read the published plan, or null when they may not (callers answer NOT_FOUND).
 * Someone outside the collaboration reads it only under the consent gate for sharing: every
 * guardian's valid consent allows sharing and names them (or their unit).
 */
export async function planViewerAccess(db: DbOrTx, user: { id: string }, collaborationId: string, now = new Date()): Promise<PlanViewerAccess | null> {
  const c = await db.collaboration.findUnique({
    where: { id: collaborationId },
    select: {
      familyId: true,
      family: { select: { language: true } },
      members: { where: { userId: user.id, removedAt: null }, select: { id: true } },
      responsibleWorkers: { where: { userId: user.id, endedAt: null }, select: { id: true } },
    },
  });
  if (!c) return null;
  const base = { familyId: c.familyId, familyLanguage: c.family.language };
  if (c.members.length > 0 || c.responsibleWorkers.length > 0) return { kind: "PARTICIPANT", ...base };
  const consents = await consentsCoveringShare(db, collaborationId, user.id, now);
  if (consents) return { kind: "CONSENT_RECIPIENT", ...base, consentIds: consents.map((k) => k.consentId) };
  return null;
}
