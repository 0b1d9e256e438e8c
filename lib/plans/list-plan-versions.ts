import type { Db } from "../db/types.ts";
import { notFound } from "../errors/app-error.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { planViewerAccess } from "./policy.ts";
import { logPlanRead } from "./get-plan-for-viewer.ts";

/**
 * The plan's history: every published version, newest first, with who published it and when (the
 * contents are read one version at a time with getPlanForViewer). Same readers and logging as the
 * plan itself.
 */
export async function listPlanVersions(db: Db, user: SessionUser, collaborationId: string, now = new Date()) {
  const access = await planViewerAccess(db, user, collaborationId, now);
  if (!access) throw notFound();
  const versions = await db.jointPlanVersion.findMany({
    where: { plan: { collaborationId } },
    orderBy: { versionNumber: "desc" },
    select: { id: true, versionNumber: true, publishedAt: true, meetingId: true, meeting: { select: { kind: true, startsAt: true } }, publishedBy: { select: { name: true } } },
  });
  await logPlanRead(db, user, access, collaborationId, { read: "plan.versions.list", disclosure: "plan.versions.disclose" }, { type: "Collaboration", id: collaborationId }, { versions: versions.length });
  return versions.map((v) => ({ id: v.id, versionNumber: v.versionNumber, publishedAt: v.publishedAt, meetingId: v.meetingId, meeting: v.meeting, publishedBy: v.publishedBy.name }));
}
