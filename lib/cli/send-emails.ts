// `npx tsx lib/cli/send-emails.ts`: delivers the outbox mail that is due now, once, and exits (for
// cron, or alongside the in-process scheduler: claims are exclusive, so nothing is sent twice).
// Exit 0 also when some mail could not be delivered (it is retried later); 1 only on unexpected
// errors (e.g. the database is unreachable). Uses DATABASE_URL, SMTP_URL and MAIL_FROM.
import { databaseUrl } from "../db/connection.ts";
import { createPrismaClient } from "../db/create-client.ts";
import { DEFAULT_BATCH_SIZE, describeError, sendPendingEmails } from "../email/send-pending.ts";
import { createSmtpTransport } from "../email/transport.ts";

/** Upper bound on batches per invocation, so one run always ends. */
const MAX_BATCHES = 100;

async function main(): Promise<number> {
  const transport = createSmtpTransport();
  const db = createPrismaClient(databaseUrl());
  try {
    if (!transport) {
      console.log("SMTP_URL is not set: nothing sent, mail stays queued in the outbox.");
      const queued = await db.emailOutbox.count({ where: { status: "PENDING" } });
      console.log(`Queued: ${queued}.`);
      return 0;
    }
    let sent = 0;
    let failed = 0;
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      const r = await sendPendingEmails(db, transport, { limit: DEFAULT_BATCH_SIZE });
      sent += r.sent;
      failed += r.failed;
      if (r.sent + r.failed < DEFAULT_BATCH_SIZE) break;
    }
    const queued = await db.emailOutbox.count({ where: { status: "PENDING" } });
    console.log(`E-mail outbox: ${sent} sent, ${failed} failed attempt(s) this run, ${queued} queued (pending or awaiting retry).`);
    return 0;
  } finally {
    transport?.close();
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`send-emails failed: ${describeError(err)}`);
    process.exit(1);
  },
);
