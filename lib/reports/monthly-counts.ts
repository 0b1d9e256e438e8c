import type { Db } from "../db/types.ts";

export interface MonthlyCountRow {
  municipalityId: string;
  /** "2026-03": the Europe/Helsinki calendar month */
  month: string;
  kind: "JOINT" | "FOLLOW_UP";
  count: number;
}

/**
 * Held meetings per municipality, Helsinki month and kind, in one grouped query. A meeting at 00.30
 * on 1 March Helsinki time counts in March. Only counts leave this function.
 */
export async function monthlyMeetingCounts(db: Db, opts: { municipalityIds: string[]; from: Date; to: Date }): Promise<MonthlyCountRow[]> {
  if (opts.municipalityIds.length === 0) return [];
  const rows = await db.$queryRaw<{ municipalityId: string; month: string; kind: "JOINT" | "FOLLOW_UP"; count: bigint }[]>`
    SELECT "municipalityId",
           to_char("startsAt" AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM') AS month,
           kind::text AS kind,
           count(*) AS count
      FROM "JointMeeting"
     WHERE status = 'HELD'
       AND "municipalityId" = ANY(${opts.municipalityIds}::uuid[])
       AND "startsAt" >= ${opts.from} AND "startsAt" < ${opts.to}
     GROUP BY 1, 2, 3`;
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}
