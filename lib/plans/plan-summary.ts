// The plan's state at a glance for the collaboration page: who the family named as responsible
// worker(s) and the latest published version. The caller has already authorized the reader.
import type { Db } from "../db/types.ts";

export async function getPlanSummary(db: Db, collaborationId: string) {
  const [responsibleWorkers, latest] = await Promise.all([
    db.responsibleWorker.findMany({
      where: { collaborationId, endedAt: null },
      orderBy: { slot: "asc" },
      select: { startedAt: true, user: { select: { name: true, title: true, email: true } } },
    }),
    db.jointPlanVersion.findFirst({ where: { plan: { collaborationId } }, orderBy: { versionNumber: "desc" }, select: { versionNumber: true, publishedAt: true } }),
  ]);
  return { responsibleWorkers, latest };
}
