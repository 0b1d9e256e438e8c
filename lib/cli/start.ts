// `npm start`: with no DATABASE_URL, serves the embedded PGlite database on loopback (data kept in
// .data/pglite), migrates it, seeds the demo data and starts Next.js against it. With DATABASE_URL
// it migrates that PostgreSQL and starts Next.js (demo data only when SEED_DEMO=1).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EMBEDDED_DB_PORT } from "../db/connection.ts";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../db/pglite-server.ts";
import { migrate } from "../db/migrate.ts";
import { createPrismaClient } from "../db/create-client.ts";
import { startEmailScheduler } from "../email/scheduler.ts";
import { startContactRetentionScheduler } from "../contact/retention-scheduler.ts";
import { digestEnabled, digestHourFromEnv, startDigestScheduler } from "../follow-up/digest-scheduler.ts";
import { seedDemo } from "../../prisma/seed/seed-demo.ts";
import { seedTodaysMeeting } from "../../prisma/seed/todays-meeting.ts";
import { seedFamilyInFollowUp } from "../../prisma/seed/family-in-follow-up.ts";
import { DEMO_LOGINS, DEMO_PASSWORD } from "../../prisma/seed/demo-data.ts";

const DATA_DIR = path.join(process.cwd(), ".data");
const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";

/** The embedded demo needs no configuration: a random secret is made once and kept in .data/. */
function embeddedAuthSecret(): string {
  const file = path.join(DATA_DIR, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

async function main() {
  let embedded: EmbeddedDatabase | undefined;
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  if (!process.env.DATABASE_URL) {
    mkdirSync(DATA_DIR, { recursive: true });
    // PGLITE_DATA_DIR=memory:// gives a throw-away database (the e2e suite uses it).
    const dataDir = process.env.PGLITE_DATA_DIR ?? path.join(DATA_DIR, "pglite");
    embedded = await startEmbeddedDatabase({ dataDir, port: EMBEDDED_DB_PORT });
    env.DATABASE_URL = embedded.url;
    env.AUTH_SECRET ??= embeddedAuthSecret();
    console.log(`Embedded PostgreSQL (PGlite) on ${embedded.url.replace(/:[^:@/]+@/, ":***@")}`);
  } else if (!env.AUTH_SECRET && !env.NEXTAUTH_SECRET) {
    throw new Error("AUTH_SECRET must be set when running against DATABASE_URL (see README).");
  }
  env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  // With SKIP_MIGRATIONS=1 the app runs as a role without DDL rights (README: the audit trail).
  if (process.env.SKIP_MIGRATIONS !== "1") {
    const result = await migrate(env.DATABASE_URL!);
    console.log(`Migrations: ${result.applied.length} applied, ${result.skipped.length} already in place.`);
  }
  if (embedded || process.env.SEED_DEMO === "1") {
    const db = createPrismaClient(env.DATABASE_URL!);
    const summary = await seedDemo(db);
    const today = await seedTodaysMeeting(db);
    const followUp = await seedFamilyInFollowUp(db);
    await db.$disconnect();
    console.log(`Demo data: ${summary.municipalities} municipalities, ${summary.users} users, ${summary.meetings} meetings.`);
    console.log(`\nDemo log-ins (password for all: ${DEMO_PASSWORD}):`);
    for (const l of DEMO_LOGINS) console.log(`  ${l.email.padEnd(48)} ${l.description}`);
    if (today.created) console.log("\nA joint meeting for Leena Laakso and the Nieminen family starts this hour: open it from Omat perheet.");
    if (followUp.created) console.log("Anna Lindqvist follows up the Mononen family; their next contact is overdue: see Minun perheeni.");
    console.log("");
  }

  // The running app delivers the outbox itself (every 30 s; claims are exclusive, so several
  // instances and a cron job can all run it). Without SMTP_URL it logs once and mail stays queued.
  const mailDb = createPrismaClient(env.DATABASE_URL!);
  const mailer = startEmailScheduler(mailDb);
  // Contact requests closed without a collaboration are deleted after their retention period (daily).
  const retention = startContactRetentionScheduler(mailDb);
  // The responsible workers' morning digest (FOLLOW_UP_DIGEST=1; or cron: npm run followup:digest).
  const digest = digestEnabled() ? startDigestScheduler(mailDb) : null;
  if (digest) console.log(`Follow-up digest: queued each morning from ${digestHourFromEnv()}.00 Helsinki time.`);

  const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const child = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", port], { stdio: "inherit", env });
  console.log(`Yhteinen aika: http://localhost:${port}`);
  const stop = async (code: number) => {
    mailer.stop();
    retention.stop();
    digest?.stop();
    await mailDb.$disconnect().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(code);
  };
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
  child.on("exit", (code) => void stop(code ?? 0));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
