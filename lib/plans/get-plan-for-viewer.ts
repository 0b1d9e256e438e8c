// The published plan, for the people it is for: the responsible worker(s), the participants, and
// the parties the family's consent names. Everyone else gets NOT_FOUND, exactly as for a plan that
// does not exist. Every read is logged: ACCESS for participants, DISCLOSURE (luovutusloki, with
// the recipient) for consent-named parties outside the collaboration.
import type { Db } from "../db/types.ts";
import { auditDisclosure, auditRead } from "../audit/audit.ts";
import type { DisclosureAction, ReadAction } from "../audit/events.ts";
import { notFound } from "../errors/app-error.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { planViewerAccess, type PlanViewerAccess } from "./policy.ts";
import type { PlanSnapshot } from "./plan-snapshot.ts";

export interface PublishedPlanView {
  versionNumber: number;
  publishedAt: Date;
  publishedBy: string;
  /** The latest version number, so a viewer of an older one can tell it is not current. */
  latestVersionNumber: number;
  /** For the print view: the plan is printed in the family's language. */
  familyLanguage: "fi" | "sv" | "en";
  plan: PlanSnapshot;
}

/**
 * Writes the use-log or disclosure-log event for one read of plan data: `actions.read` for a
 * participant, `actions.disclosure` (with the recipient and the consents) for a consent-named party.
 */
export async function logPlanRead(db: Db, user: SessionUser, access: PlanViewerAccess, collaborationId: string, actions: { read: ReadAction; disclosure: DisclosureAction }, object: { type: string; id: string }, details: Record<string, number | string>) {
  const target = { actorId: user.id, objectType: object.type, objectId: object.id, familyId: access.familyId, collaborationId };
  if (access.kind === "CONSENT_RECIPIENT") await auditDisclosure(db, actions.disclosure, { ...target, recipient: user.id, consentIds: access.consentIds, details });
  else await auditRead(db, actions.read, { ...target, details });
}

/**
 * The latest published version, or a given one. Null when nothing has been published yet (for
 * someone who may read it). Not the working copy: that is the editors' (get-plan-for-editing).
 */
export async function getPlanForViewer(db: Db, user: SessionUser, collaborationId: string, opts: { versionNumber?: number; now?: Date; access?: PlanViewerAccess } = {}): Promise<PublishedPlanView | null> {
  // A page that has read the access already passes it, so the relations are not read twice.
  const access = opts.access ?? (await planViewerAccess(db, user, collaborationId, opts.now));
  if (!access) throw notFound();
  const versions = await db.jointPlanVersion.findMany({
    where: { plan: { collaborationId }, ...(opts.versionNumber ? { versionNumber: opts.versionNumber } : {}) },
    orderBy: { versionNumber: "desc" },
    take: 1,
    select: { id: true, versionNumber: true, publishedAt: true, snapshot: true, publishedBy: { select: { name: true } }, plan: { select: { _count: { select: { versions: true } } } } },
  });
  const v = versions[0];
  if (!v) {
    if (opts.versionNumber) throw notFound();
    return null;
  }
  await logPlanRead(db, user, access, collaborationId, { read: "plan.read", disclosure: "plan.disclose" }, { type: "JointPlanVersion", id: v.id }, { versionNumber: v.versionNumber });
  return {
    versionNumber: v.versionNumber,
    publishedAt: v.publishedAt,
    publishedBy: v.publishedBy.name,
    latestVersionNumber: v.plan._count.versions,
    familyLanguage: access.familyLanguage,
    plan: v.snapshot as unknown as PlanSnapshot,
  };
}
