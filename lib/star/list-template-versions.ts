// The admin's list of star template versions, newest first, with how many areas each has and how
// many reviews were recorded on it (those reviews keep their version). Templates hold no family data.
import type { Db } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { requireCapability } from "../authz/capabilities.ts";


export async function listTemplateVersions(db: Db, user: SessionUser) {
  requireCapability(user, "admin.manage");
  return db.starTemplate.findMany({
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      status: true,
      source: true,
      publishedAt: true,
      createdBy: { select: { name: true } },
      _count: { select: { areas: true, reviews: true } },
    },
  });
}
