// The data generator (npm run data:generate) fills a database with a consistent dataset, and the
// app's monthly-count report over it equals the hand-written SQL the benchmark compares it with.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateData, DATA_SIZES } from "@/lib/reports/generate-data.ts";
import { monthlyCountReport } from "@/lib/reports/monthly-counts.ts";
import { modelFiguresReport } from "@/lib/reports/model-figures.ts";
import { adoptionOverview } from "@/lib/reports/adoption.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";

let fresh: FreshDatabase;
let client: pg.Client;
beforeAll(async () => {
  fresh = await freshDatabase();
  client = new pg.Client({ connectionString: fresh.url });
  await client.connect();
}, 60_000);
afterAll(async () => {
  await client?.end();
  await fresh?.close();
});

describe("generated dataset", () => {
  it("has the asked size, and the report agrees with raw SQL", async () => {
    const size = { ...DATA_SIZES.small, collaborations: 1_500, meetings: 3_200 }; // two years
    const now = new Date("2026-11-20T10:00:00Z");
    const g = await generateData(client, size, { now });
    expect(g.rows.Municipality).toBe(3);
    expect(g.rows.Collaboration).toBe(1_500);
    expect(g.rows.JointMeeting).toBe(3_200);
    const coordinator = await fresh.db.user.findUniqueOrThrow({ where: { email: g.coordinatorEmail } });
    const user = { id: coordinator.id, name: coordinator.name, email: coordinator.email, roles: coordinator.roles, locale: coordinator.locale };
    const input = { from: "2025-11-21", to: "2026-11-20" };
    const report = await monthlyCountReport(fresh.db, user, input);
    const raw = await client.query(
      `SELECT j."municipalityId" AS "groupId", to_char(j."startsAt" AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM') AS month, j.kind::text AS kind, count(*)::int AS count
         FROM "JointMeeting" j WHERE j.status = 'HELD' AND j."municipalityId" IN (SELECT id FROM "Municipality" WHERE "countyId" = $1)
          AND j."startsAt" >= $2 AND j."startsAt" < $3 GROUP BY 1, 2, 3`,
      [g.countyId, report.period.from, report.period.to],
    );
    const key = (r: { groupId: string; month: string; kind: string }) => `${r.groupId}|${r.month}|${r.kind}`;
    expect(new Map(report.counts.map((r) => [key(r), r.count]))).toEqual(new Map(raw.rows.map((r) => [key(r), r.count])));
    expect(report.counts.reduce((a, r) => a + r.count, 0)).toBeGreaterThan(500);
    expect(report.counts.some((r) => r.kind === "FOLLOW_UP")).toBe(true);

    // Every figure has data to show.
    const f = (await modelFiguresReport(fresh.db, user, input, now)).figures;
    expect(Object.values(f.entryRoutes).every((n) => n > 0)).toBe(true);
    expect(f.delay.n).toBeGreaterThan(100);
    expect(f.delay.median).toBeGreaterThanOrEqual(0);
    expect(f.responsible.named).toBeGreaterThan(f.responsible.notNamed);
    expect(f.followUpContact.inTime).toBeGreaterThan(f.followUpContact.notInTime);
    expect(f.outcomes.GOALS_REACHED).toBeGreaterThan(0);
    expect(f.feedback.find((q) => q.key === "felt_heard")!.n).toBeGreaterThan(0);
    expect(f.expertise.length).toBeGreaterThan(3);
    const o = await adoptionOverview(fresh.db, user, now);
    expect(o.history.length).toBeGreaterThan(0);
  }, 120_000);
});
