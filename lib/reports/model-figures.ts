// The model's own figures (seed 001: what the joint meeting promises), each computed in SQL from the
// records the work leaves behind, for the coordinator's scope and period. Only counts, shares,
// medians and means leave these functions; the definitions shown beside each figure are in the
// messages (reports.figures.<id>.definition) and must match the SQL here.
import type { Db } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { ClosureReason, EntryRoute, Expertise } from "../db/generated/enums.ts";
import { FEEDBACK_KINDS, FEEDBACK_QUESTIONS, type FeedbackKind, type FeedbackQuestionKey } from "../feedback/questions.ts";
import { coordinatorScope, municipalitiesForReport, type CoordinatorScope } from "./coordinator-scope.ts";
import { parseReportFilter } from "./monthly-counts.ts";
import { resolvePeriod, type ReportFilter, type ResolvedPeriod } from "./period.ts";
import type { ReportGroup } from "./monthly-counts.ts";

export const ENTRY_ROUTES = ["NETWORK_WORKER", "ELECTRONIC_CONTACT", "PHONE"] as const satisfies readonly EntryRoute[];
export const CLOSURE_REASONS = ["GOALS_REACHED", "OTHER_SERVICES", "FAMILY_WITHDREW", "MOVED_AWAY"] as const satisfies readonly ClosureReason[];

export interface ModelFigures {
  /** collaborations whose puheeksiotto (concernRaisedAt) falls in the period, by entry route */
  entryRoutes: Record<EntryRoute, number>;
  /** whole Helsinki calendar days from puheeksiotto to the first held joint meeting, for first meetings in the period */
  delay: { n: number; median: number | null; p90: number | null };
  /** held joint meetings in the period, with / without a responsible worker named by the end of the meeting day */
  responsible: { named: number; notNamed: number };
  /** agreed next contacts (JointPlan.nextContactAt) due in the period and already past */
  followUpContact: { inTime: number; notInTime: number };
  /** collaborations closed in the period, by recorded reason */
  outcomes: Record<ClosureReason | "NOT_RECORDED", number>;
  /** answers to each question, for held meetings in the period */
  feedback: { kind: FeedbackKind; key: FeedbackQuestionKey; n: number; mean: number | null }[];
  /** invitations by expertise to meetings held in the period, most invited first */
  expertise: { expertise: Expertise; count: number }[];
}

export async function computeModelFigures(db: Db, opts: { municipalityIds: string[]; from: Date; to: Date; now: Date }): Promise<ModelFigures> {
  const ids = opts.municipalityIds;
  const { from, to, now } = opts;
  const [routes, delay, responsible, followUp, outcomes, feedback, expertise] = await Promise.all([
    db.$queryRaw<{ route: EntryRoute; n: bigint }[]>`
      SELECT "entryRoute"::text AS route, count(*) AS n
        FROM "Collaboration"
       WHERE "municipalityId" = ANY(${ids}::uuid[]) AND "concernRaisedAt" >= ${from} AND "concernRaisedAt" < ${to}
       GROUP BY 1`,
    db.$queryRaw<{ n: bigint; median: number | null; p90: number | null }[]>`
      WITH first_joint AS (
        SELECT "collaborationId", min("startsAt") AS first_at
          FROM "JointMeeting"
         WHERE kind = 'JOINT' AND status = 'HELD' AND "municipalityId" = ANY(${ids}::uuid[])
         GROUP BY 1
      ), days AS (
        SELECT ((f.first_at AT TIME ZONE 'Europe/Helsinki')::date - (c."concernRaisedAt" AT TIME ZONE 'Europe/Helsinki')::date) AS d
          FROM first_joint f JOIN "Collaboration" c ON c.id = f."collaborationId"
         WHERE f.first_at >= ${from} AND f.first_at < ${to}
      )
      SELECT count(*) AS n,
             (percentile_cont(0.5) WITHIN GROUP (ORDER BY d))::float8 AS median,
             (percentile_cont(0.9) WITHIN GROUP (ORDER BY d))::float8 AS p90
        FROM days`,
    db.$queryRaw<{ named: bigint; total: bigint }[]>`
      SELECT count(*) FILTER (WHERE EXISTS (
               SELECT 1 FROM "ResponsibleWorker" r
                WHERE r."collaborationId" = m."collaborationId"
                  AND r."startedAt" < ((date_trunc('day', m."startsAt" AT TIME ZONE 'Europe/Helsinki') + interval '1 day') AT TIME ZONE 'Europe/Helsinki')
                  AND (r."endedAt" IS NULL OR r."endedAt" > m."startsAt"))) AS named,
             count(*) AS total
        FROM "JointMeeting" m
       WHERE m.kind = 'JOINT' AND m.status = 'HELD' AND m."municipalityId" = ANY(${ids}::uuid[])
         AND m."startsAt" >= ${from} AND m."startsAt" < ${to}`,
    db.$queryRaw<{ in_time: bigint; total: bigint }[]>`
      SELECT count(*) FILTER (WHERE EXISTS (
               SELECT 1 FROM "ContactLogEntry" e
                WHERE e."collaborationId" = p."collaborationId"
                  AND e."contactedAt" >= coalesce(
                        (SELECT max(m."startsAt") FROM "JointMeeting" m
                          WHERE m."collaborationId" = p."collaborationId" AND m.status = 'HELD' AND m."startsAt" <= p."nextContactAt"),
                        p."createdAt")
                  AND e."contactedAt" < ((date_trunc('day', p."nextContactAt" AT TIME ZONE 'Europe/Helsinki') + interval '1 day') AT TIME ZONE 'Europe/Helsinki'))) AS in_time,
             count(*) AS total
        FROM "JointPlan" p JOIN "Collaboration" c ON c.id = p."collaborationId"
       WHERE c."municipalityId" = ANY(${ids}::uuid[])
         AND p."nextContactAt" >= ${from} AND p."nextContactAt" < ${to}
         AND ((date_trunc('day', p."nextContactAt" AT TIME ZONE 'Europe/Helsinki') + interval '1 day') AT TIME ZONE 'Europe/Helsinki') <= ${now}`,
    db.$queryRaw<{ reason: ClosureReason | null; n: bigint }[]>`
      SELECT "closureReason"::text AS reason, count(*) AS n
        FROM "Collaboration"
       WHERE status = 'CLOSED' AND "municipalityId" = ANY(${ids}::uuid[]) AND "closedAt" >= ${from} AND "closedAt" < ${to}
       GROUP BY 1`,
    db.$queryRaw<{ key: string; n: bigint; mean: number }[]>`
      SELECT a."questionKey" AS key, count(*) AS n, avg(a.score)::float8 AS mean
        FROM "FeedbackAnswer" a
        JOIN "Feedback" f ON f.id = a."feedbackId"
        JOIN "JointMeeting" m ON m.id = f."meetingId"
       WHERE m.status = 'HELD' AND m."municipalityId" = ANY(${ids}::uuid[]) AND m."startsAt" >= ${from} AND m."startsAt" < ${to}
       GROUP BY 1`,
    db.$queryRaw<{ expertise: Expertise; n: bigint }[]>`
      SELECT i.expertise::text AS expertise, count(*) AS n
        FROM "Invitation" i JOIN "JointMeeting" m ON m.id = i."meetingId"
       WHERE m.status = 'HELD' AND i.expertise IS NOT NULL AND m."municipalityId" = ANY(${ids}::uuid[])
         AND m."startsAt" >= ${from} AND m."startsAt" < ${to}
       GROUP BY 1`,
  ]);
  const entryRoutes = Object.fromEntries(ENTRY_ROUTES.map((r) => [r, Number(routes.find((x) => x.route === r)?.n ?? 0)])) as Record<EntryRoute, number>;
  const d = delay[0]!;
  const outcomeCounts = Object.fromEntries(
    [...CLOSURE_REASONS, "NOT_RECORDED" as const].map((r) => [r, Number(outcomes.find((x) => (x.reason ?? "NOT_RECORDED") === r)?.n ?? 0)]),
  ) as ModelFigures["outcomes"];
  const r = responsible[0]!;
  const f = followUp[0]!;
  return {
    entryRoutes,
    delay: { n: Number(d.n), median: d.median, p90: d.p90 },
    responsible: { named: Number(r.named), notNamed: Number(r.total) - Number(r.named) },
    followUpContact: { inTime: Number(f.in_time), notInTime: Number(f.total) - Number(f.in_time) },
    outcomes: outcomeCounts,
    feedback: FEEDBACK_KINDS.flatMap((kind) =>
      FEEDBACK_QUESTIONS[kind].map((key) => {
        const row = feedback.find((x) => x.key === key);
        return { kind, key, n: Number(row?.n ?? 0), mean: row ? row.mean : null };
      }),
    ),
    expertise: expertise
      .map((x) => ({ expertise: x.expertise, count: Number(x.n) }))
      .sort((a, b) => b.count - a.count || a.expertise.localeCompare(b.expertise)),
  };
}

export interface ModelFiguresReport {
  filter: ReportFilter;
  period: ResolvedPeriod;
  scope: CoordinatorScope;
  municipalities: ReportGroup[];
  figures: ModelFigures;
}

/** The figures for a coordinator: the same scope and filter checks as the monthly counts. */
export async function modelFiguresReport(db: Db, user: SessionUser, raw: unknown, now = new Date()): Promise<ModelFiguresReport> {
  const scope = await coordinatorScope(db, user);
  const filter = parseReportFilter(raw);
  const municipalities = await municipalitiesForReport(db, scope, filter.municipality);
  const period = resolvePeriod(filter);
  const figures = await computeModelFigures(db, { municipalityIds: municipalities.map((m) => m.id), from: period.from, to: period.to, now });
  return { filter, period, scope, municipalities, figures };
}
