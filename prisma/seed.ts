// `npm run db:seed`: loads the demo data into DATABASE_URL (or the embedded database that
// `npm start` serves on 127.0.0.1:5433). Idempotent: running it again changes nothing.
// The database must be migrated first (`npm run db:migrate`; `npm start` does both).
import { createPrismaClient } from "../lib/db/create-client.ts";
import { databaseUrl } from "../lib/db/connection.ts";
import { seedDemo } from "./seed/seed-demo.ts";
import { seedTodaysMeeting } from "./seed/todays-meeting.ts";
import { seedFamilyInFollowUp } from "./seed/family-in-follow-up.ts";
import { DEMO_LOGINS, DEMO_PASSWORD } from "./seed/demo-data.ts";

async function main(): Promise<number> {
  const url = databaseUrl();
  const db = createPrismaClient(url);
  try {
    const started = performance.now();
    const summary = await seedDemo(db);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Demo data in place (${seconds} s): ${summary.municipalities} municipalities, ${summary.users} users, ${summary.meetings} historic joint meetings.`,
    );
    const today = await seedTodaysMeeting(db);
    if (today.created) console.log("A joint meeting for Leena Laakso and the Nieminen family starts this hour (open it from Omat perheet).");
    const followUp = await seedFamilyInFollowUp(db);
    if (followUp.created) console.log("Anna Lindqvist follows up the Mononen family; their next contact is overdue (Minun perheeni).");
    console.log("\nDemo log-ins:");
    console.table(DEMO_LOGINS.map((l) => ({ email: l.email, password: DEMO_PASSWORD, description: l.description })));
    return 0;
  } catch (err) {
    console.error("Seeding the demo data failed:", err);
    if (!process.env.DATABASE_URL) {
      console.error(`No DATABASE_URL: tried the embedded database at ${url.replace(/:[^:@/]+@/, ":***@")}; is \`npm start\` running?`);
    }
    return 1;
  } finally {
    await db.$disconnect().catch(() => undefined);
  }
}

process.exit(await main());
