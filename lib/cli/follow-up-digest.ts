// `npm run followup:digest`: queues this morning's reminder digests for responsible workers and exits
// (for cron; the app also runs it itself when FOLLOW_UP_DIGEST=1). Idempotent per worker per
// Helsinki day, so running it twice sends nothing twice. The outbox sender delivers the mail.
import { databaseUrl } from "../db/connection.ts";
import { createPrismaClient } from "../db/create-client.ts";
import { queueFollowUpDigests } from "../follow-up/digest.ts";

async function main(): Promise<number> {
  const db = createPrismaClient(databaseUrl());
  try {
    const r = await queueFollowUpDigests(db);
    console.log(`Follow-up digest ${r.day}: ${r.workers} worker(s) with contacts due, ${r.queued} digest(s) queued now.`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`follow-up digest failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
