// `npm run bench:report`: times the coordinator's monthly-count report through the app's own data
// function (monthlyCountReport + the table model the page and downloads use, over Prisma and
// @prisma/adapter-pg) against the equivalent hand-written SQL run directly with `pg`, on the same
// database (DATABASE_URL), and prints both times and their ratio. Not a test: a measurement.
// Options: --email <coordinator e-mail> (default: the latest generated county coordinator),
// --runs N (default 15), --from YYYY-MM-DD --to YYYY-MM-DD (default: the whole generated span
// and, separately, this year so far).
import pg from "pg";
import { databaseUrl } from "../db/connection.ts";
import { createPrismaClient } from "../db/create-client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { monthlyCountReport } from "../reports/monthly-counts.ts";
import { monthlyTables } from "../reports/tables.ts";
import { defaultFilter, helsinkiDay, resolvePeriod } from "../reports/period.ts";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main() {
  const url = databaseUrl();
  const db = createPrismaClient(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const runs = Number(arg("runs") ?? 15);
  try {
    const email = arg("email");
    const me = await db.user.findFirst({
      where: email ? { email } : { email: { endsWith: "-koordinaattori@generated.example" } },
      orderBy: { createdAt: "desc" },
      select: { id: true, name: true, email: true, roles: true, locale: true, scopeCountyId: true },
    });
    if (!me?.scopeCountyId) throw new Error("No county coordinator found: run `npm run data:generate -- --size county` first, or pass --email.");
    const user: SessionUser = { id: me.id, name: me.name, email: me.email, roles: me.roles, locale: me.locale };
    const sizes = (await client.query(`SELECT (SELECT count(*) FROM "Municipality" WHERE "countyId" = $1) AS municipalities,
        (SELECT count(*) FROM "Collaboration" c JOIN "Municipality" m ON m.id = c."municipalityId" WHERE m."countyId" = $1) AS collaborations,
        (SELECT count(*) FROM "JointMeeting" j JOIN "Municipality" m ON m.id = j."municipalityId" WHERE m."countyId" = $1) AS meetings,
        (SELECT min("startsAt") FROM "JointMeeting" j JOIN "Municipality" m ON m.id = j."municipalityId" WHERE m."countyId" = $1) AS first`, [me.scopeCountyId])).rows[0];
    console.log(`Database: ${url.replace(/\/\/[^@]*@/, "//…@")}`);
    console.log(`County: ${sizes.municipalities} municipalities, ${sizes.collaborations} collaborations, ${sizes.meetings} meetings (in the whole database: ${(await client.query(`SELECT count(*) AS n FROM "JointMeeting"`)).rows[0].n})`);
    const now = new Date();
    const periods = [
      arg("from") && arg("to") ? { label: "chosen period", from: arg("from")!, to: arg("to")! } : null,
      { label: "whole span (5 years)", from: helsinkiDay(new Date(sizes.first)), to: helsinkiDay(now) },
      { label: "default: this year so far", ...defaultFilter(now) },
    ].filter((p): p is { label: string; from: string; to: string } => p !== null);

    for (const p of periods) {
      const input = { from: p.from, to: p.to, by: "municipality", municipality: "" };
      const period = resolvePeriod(input);
      const app = async () => {
        const report = await monthlyCountReport(db, user, input);
        return { rows: report.counts.length, tables: monthlyTables(report, "fi") };
      };
      // The same question written by hand: the coordinator's county, held meetings, Helsinki month.
      const raw = async () => {
        const r = await client.query(
          `SELECT g.id, to_char(g.m, 'YYYY-MM') AS month, g.kind, g.n
             FROM (SELECT j."municipalityId" AS id, date_trunc('month', j."startsAt" AT TIME ZONE 'Europe/Helsinki') AS m, j.kind, count(*) AS n
                     FROM "JointMeeting" j
                    WHERE j.status = 'HELD'
                      AND j."municipalityId" IN (SELECT id FROM "Municipality" WHERE "countyId" = (SELECT "scopeCountyId" FROM "User" WHERE id = $1))
                      AND j."startsAt" >= $2 AND j."startsAt" < $3
                    GROUP BY 1, 2, 3) g`,
          [user.id, period.from, period.to],
        );
        return { rows: r.rowCount ?? 0 };
      };
      for (let i = 0; i < 3; i++) await Promise.all([app(), raw()].map((x) => x)); // warm-up (caches, plans, pool)
      const tApp: number[] = [];
      const tRaw: number[] = [];
      let appRows = 0;
      let rawRows = 0;
      for (let i = 0; i < runs; i++) {
        let t0 = performance.now();
        appRows = (await app()).rows;
        tApp.push(performance.now() - t0);
        t0 = performance.now();
        rawRows = (await raw()).rows;
        tRaw.push(performance.now() - t0);
      }
      if (appRows !== rawRows) throw new Error(`Row counts differ: app ${appRows}, raw ${rawRows}`);
      const mApp = median(tApp);
      const mRaw = median(tRaw);
      console.log(`\n${p.label}: ${p.from} – ${p.to} (${period.months.length} months, ${appRows} result rows), ${runs} runs each`);
      console.log(`  app (monthlyCountReport + tables): median ${mApp.toFixed(1)} ms, min ${Math.min(...tApp).toFixed(1)} ms`);
      console.log(`  raw SQL with pg:                   median ${mRaw.toFixed(1)} ms, min ${Math.min(...tRaw).toFixed(1)} ms`);
      console.log(`  ratio app / raw: ${(mApp / mRaw).toFixed(2)}×  ${mApp / mRaw <= 1.5 && mApp < 1000 ? "(goal met: ≤ 1.5× and < 1 s)" : "(goal NOT met)"}`);
    }
  } finally {
    await client.end();
    await db.$disconnect();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
