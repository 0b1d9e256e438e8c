// `npm run contact:retention`: deletes the contact requests closed without a collaboration whose
// retention period (CONTACT_RETENTION_MONTHS, default 12) has passed, once, and prints what it
// deleted without content (id, channel, outcome, dates). For cron; the running app also does this
// daily. Uses DATABASE_URL.
import { databaseUrl } from "../db/connection.ts";
import { createPrismaClient } from "../db/create-client.ts";
import { deleteExpiredContactRequests, describeRetention } from "../contact/retention.ts";

async function main(): Promise<number> {
  const db = createPrismaClient(databaseUrl());
  try {
    const r = await deleteExpiredContactRequests(db);
    console.log(describeRetention(r));
    for (const row of r.rows)
      console.log(`  ${row.id} ${row.channel} ${row.outcome ?? "-"} received ${row.createdAt.toISOString()} closed ${row.closedAt?.toISOString() ?? "-"}`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`contact retention failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
