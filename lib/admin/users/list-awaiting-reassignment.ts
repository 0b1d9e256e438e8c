// "Waiting for a new responsible worker / chair": deactivated users who still hold open work — an
// active responsible-worker assignment in an open collaboration, the ownership (chair) of an open
// collaboration, or the organizer's chair of a scheduled meeting. Need to know: no family data, only
// the worker, the kind of role, the municipality, when they were deactivated and counts. An admin
// with a municipality scope sees their municipality only. One row per (worker, municipality).
import type { DbOrTx } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { requireAdmin } from "../require-admin.ts";

export const REASSIGN_PAGE_SIZE = 50;

export interface AwaitingRow {
  userId: string;
  name: string;
  title: string;
  deactivatedAt: Date | null;
  municipalityId: string;
  municipalityName: string;
  responsibleCount: number;
  ownedCount: number;
  meetingCount: number;
}

export async function listAwaitingReassignment(db: DbOrTx, actor: SessionUser, pageWanted = 1) {
  requireAdmin(actor);
  const me = await db.user.findUnique({ where: { id: actor.id }, select: { scopeMunicipalityId: true } });
  const scope = me?.scopeMunicipalityId ?? null;
  const pageOf = (offset: number) => db.$queryRaw<(AwaitingRow & { total: number })[]>`
    WITH gone AS (SELECT "id", "name", "title", "deactivatedAt" FROM "User" WHERE NOT "active"),
    held AS (
      SELECT rw."userId", c."municipalityId", 1 AS r, 0 AS o, 0 AS m
        FROM "ResponsibleWorker" rw JOIN "Collaboration" c ON c."id" = rw."collaborationId"
        WHERE rw."userId" IN (SELECT "id" FROM gone) AND rw."endedAt" IS NULL AND c."status" <> 'CLOSED'
      UNION ALL
      SELECT c."ownerId", c."municipalityId", 0, 1, 0 FROM "Collaboration" c
        WHERE c."ownerId" IN (SELECT "id" FROM gone) AND c."status" <> 'CLOSED'
      UNION ALL
      SELECT j."organizerId", j."municipalityId", 0, 0, 1 FROM "JointMeeting" j
        WHERE j."organizerId" IN (SELECT "id" FROM gone) AND j."status" = 'SCHEDULED'
    )
    SELECT g."id"::text AS "userId", g."name", g."title", g."deactivatedAt", h."municipalityId"::text AS "municipalityId",
           mu."name" AS "municipalityName", sum(h.r)::int AS "responsibleCount", sum(h.o)::int AS "ownedCount", sum(h.m)::int AS "meetingCount",
           (count(*) OVER ())::int AS "total"
    FROM held h JOIN gone g ON g."id" = h."userId" JOIN "Municipality" mu ON mu."id" = h."municipalityId"
    WHERE (${scope}::uuid IS NULL OR h."municipalityId" = ${scope}::uuid)
    GROUP BY g."id", g."name", g."title", g."deactivatedAt", h."municipalityId", mu."name"
    ORDER BY g."deactivatedAt" ASC NULLS FIRST, g."id", mu."name"
    LIMIT ${REASSIGN_PAGE_SIZE} OFFSET ${offset}`;
  let page = Math.max(1, Math.floor(pageWanted));
  let found = await pageOf((page - 1) * REASSIGN_PAGE_SIZE);
  if (found.length === 0 && page > 1) {
    page = 1;
    found = await pageOf(0);
  }
  const total = found[0]?.total ?? 0;
  const rows: AwaitingRow[] = found.map(({ total: _total, ...row }) => row);
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / REASSIGN_PAGE_SIZE)), scoped: scope !== null };
}
