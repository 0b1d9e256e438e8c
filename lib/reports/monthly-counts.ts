// Held joint meetings per group (municipality, area or family-centre team), Helsinki month and kind,
// each in one grouped query: the month is taken in SQL with AT TIME ZONE 'Europe/Helsinki', so a
// meeting at 00.30 on 1 March Helsinki time counts in March, on DST days too. Only counts leave
// these functions.
import { Prisma } from "../db/generated/client.ts";
import type { Db } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { AppError } from "../errors/app-error.ts";
import { fieldErrorsFromZod } from "../actions/field-errors.ts";
import { coordinatorScope, municipalitiesForReport, type CoordinatorScope } from "./coordinator-scope.ts";
import { reportFilterSchema, resolvePeriod, type GroupBy, type ReportFilter, type ResolvedPeriod } from "./period.ts";

export type MeetingKindKey = "JOINT" | "FOLLOW_UP";

export interface MonthlyCountRow {
  /** municipality id, area id ("" = area not recorded) or team id, by the report's grouping */
  groupId: string;
  /** "2026-03": the Europe/Helsinki calendar month */
  month: string;
  kind: MeetingKindKey;
  count: number;
}

type RawRow = { groupId: string | null; month: string; kind: MeetingKindKey; count: bigint | number };

export async function monthlyMeetingCounts(db: Db, opts: { municipalityIds: string[]; from: Date; to: Date; by?: GroupBy }): Promise<MonthlyCountRow[]> {
  if (opts.municipalityIds.length === 0) return [];
  const ids = opts.municipalityIds;
  let rows: RawRow[];
  switch (opts.by ?? "municipality") {
    // Grouping first on the raw values (uuid, enum, truncated timestamp) and formatting only the
    // grouped rows keeps the per-row work to one time-zone conversion.
    case "municipality":
    case "area":
      rows = await db.$queryRaw<RawRow[]>`
        SELECT g.id::text AS "groupId", to_char(g.m, 'YYYY-MM') AS month, g.kind::text AS kind, g.n AS count
          FROM (SELECT ${Prisma.raw(opts.by === "area" ? '"areaId"' : '"municipalityId"') /* a fixed column name, never input */} AS id,
                       date_trunc('month', "startsAt" AT TIME ZONE 'Europe/Helsinki') AS m,
                       kind,
                       count(*) AS n
                  FROM "JointMeeting"
                 WHERE status = 'HELD'
                   AND "municipalityId" = ANY(${ids}::uuid[])
                   AND "startsAt" >= ${opts.from} AND "startsAt" < ${opts.to}
                 GROUP BY 1, 2, 3) g`;
      break;
    case "team":
      // A meeting counts for a team when one of the team's members was invited to it; a meeting
      // with two teams counts once for each.
      rows = await db.$queryRaw<RawRow[]>`
        SELECT g.id::text AS "groupId", to_char(g.m, 'YYYY-MM') AS month, g.kind::text AS kind, g.n AS count
          FROM (SELECT tm."teamId" AS id,
                       date_trunc('month', m."startsAt" AT TIME ZONE 'Europe/Helsinki') AS m,
                       m.kind,
                       count(DISTINCT m.id) AS n
                  FROM "JointMeeting" m
                  JOIN "Invitation" i ON i."meetingId" = m.id
                  JOIN "TeamMember" tm ON tm."userId" = i."userId"
                 WHERE m.status = 'HELD'
                   AND m."municipalityId" = ANY(${ids}::uuid[])
                   AND m."startsAt" >= ${opts.from} AND m."startsAt" < ${opts.to}
                 GROUP BY 1, 2, 3) g`;
      break;
  }
  return rows.map((r) => ({ groupId: r.groupId ?? "", month: r.month, kind: r.kind, count: Number(r.count) }));
}

export interface ReportGroup {
  id: string;
  name: string;
  /** Swedish name where the municipality has one */
  nameSv?: string | null;
}

export interface MonthlyCountReport {
  filter: ReportFilter;
  period: ResolvedPeriod;
  scope: CoordinatorScope;
  /** the municipalities the report covers (all in scope, or the chosen one) */
  municipalities: ReportGroup[];
  groups: ReportGroup[];
  counts: MonthlyCountRow[];
  /** by team only: the distinct meetings with any team's member invited, per month (groupId "") */
  teamTotals?: MonthlyCountRow[];
}

/** Parses a filter from the form or a URL; bad input is a VALIDATION error with field message keys. */
export function parseReportFilter(raw: unknown): ReportFilter {
  const parsed = reportFilterSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", { fieldErrors: fieldErrorsFromZod(parsed.error) });
  return parsed.data;
}

/**
 * The coordinator's monthly-count report: scope check, filter check, the groups' names and the
 * grouped counts. This is the function the pages, the exports and the benchmark run.
 */
export async function monthlyCountReport(db: Db, user: SessionUser, raw: unknown): Promise<MonthlyCountReport> {
  const scope = await coordinatorScope(db, user);
  const filter = parseReportFilter(raw);
  const municipalities = await municipalitiesForReport(db, scope, filter.municipality);
  const period = resolvePeriod(filter);
  const municipalityIds = municipalities.map((m) => m.id);
  const [counts, groups, teamTotals] = await Promise.all([
    monthlyMeetingCounts(db, { municipalityIds, from: period.from, to: period.to, by: filter.by }),
    reportGroups(db, municipalities, filter.by),
    filter.by === "team" ? distinctTeamMeetingCounts(db, { municipalityIds, from: period.from, to: period.to }) : undefined,
  ]);
  // A group that appears only in the counts (an area not recorded, a team from elsewhere) gets a row too.
  const known = new Set(groups.map((g) => g.id));
  const extra = [...new Set(counts.map((c) => c.groupId).filter((id) => !known.has(id)))];
  if (extra.length > 0) {
    const named = filter.by === "team" ? await db.familyCentreTeam.findMany({ where: { id: { in: extra.filter((x) => x !== "") } }, select: { id: true, name: true } }) : [];
    for (const id of extra) groups.push({ id, name: named.find((n) => n.id === id)?.name ?? "" });
  }
  return { filter, period, scope, municipalities, groups, counts, teamTotals };
}

/** Per Helsinki month and kind: the held meetings to which a member of any family-centre team was invited, each once. */
export async function distinctTeamMeetingCounts(db: Db, opts: { municipalityIds: string[]; from: Date; to: Date }): Promise<MonthlyCountRow[]> {
  if (opts.municipalityIds.length === 0) return [];
  const rows = await db.$queryRaw<RawRow[]>`
    SELECT NULL AS "groupId", to_char(g.m, 'YYYY-MM') AS month, g.kind::text AS kind, g.n AS count
      FROM (SELECT date_trunc('month', m."startsAt" AT TIME ZONE 'Europe/Helsinki') AS m, m.kind, count(*) AS n
              FROM "JointMeeting" m
             WHERE m.status = 'HELD'
               AND m."municipalityId" = ANY(${opts.municipalityIds}::uuid[])
               AND m."startsAt" >= ${opts.from} AND m."startsAt" < ${opts.to}
               AND EXISTS (SELECT 1 FROM "Invitation" i JOIN "TeamMember" tm ON tm."userId" = i."userId" WHERE i."meetingId" = m.id)
             GROUP BY 1, 2) g`;
  return rows.map((r) => ({ groupId: "", month: r.month, kind: r.kind, count: Number(r.count) }));
}

async function reportGroups(db: Db, municipalities: ReportGroup[], by: GroupBy): Promise<ReportGroup[]> {
  const ids = municipalities.map((m) => m.id);
  if (by === "municipality") return municipalities.map((m) => ({ id: m.id, name: m.name, nameSv: m.nameSv }));
  if (by === "area") {
    const areas = await db.area.findMany({ where: { municipalityId: { in: ids } }, select: { id: true, name: true, municipality: { select: { name: true } } } });
    return areas.map((a) => ({ id: a.id, name: `${a.municipality.name}: ${a.name}` })).sort((a, b) => a.name.localeCompare(b.name, "fi"));
  }
  const teams = await db.familyCentreTeam.findMany({ where: { area: { municipalityId: { in: ids } } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  return teams.map((t) => ({ id: t.id, name: t.name }));
}
