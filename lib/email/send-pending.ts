// Delivers due outbox rows. Safe to run from several app instances (and cron) at once:
//
// 1. Claim: one short transaction selects due PENDING rows with FOR UPDATE SKIP LOCKED and pushes
//    their nextAttemptAt forward by a lease, then commits. Other runners skip the locked rows while
//    the claim is open and see them as not due once it has committed, so each row has one owner.
// 2. Send each claimed row outside any transaction (no database lock is held during SMTP).
// 3. Record the outcome: SENT with sentAt, or a retry with exponential backoff, FAILED after
//    MAX_ATTEMPTS. A failure is recorded only while this runner still holds the lease (the row's
//    nextAttemptAt still equals the lease it set), so a late failure cannot overwrite another outcome.
//
// The remaining gap is the one no SMTP client can close: if the process dies after the server accepted
// a mail but before SENT is written, the mail is sent again after the lease expires (at-least-once).
// The Message-ID is derived from the row id, so such a repeat carries the same Message-ID and
// receiving systems can recognise it.
//
// Nothing here logs or stores mail content or recipient addresses: only row ids and short errors.
import type { SendMailOptions, Transporter } from "nodemailer";
import type { Db } from "../db/types.ts";
import { icsMethodOf } from "./outbox.ts";
import { mailFrom } from "./transport.ts";

/** How long a claim owns its rows. Sends time out well before (see transport.ts). */
export const CLAIM_LEASE_MS = 5 * 60_000;
/** A run stops starting new sends this long before its lease ends, and gives the rest back. */
const LEASE_SAFETY_MS = 90_000;
export const MAX_ATTEMPTS = 10;
export const DEFAULT_BATCH_SIZE = 50;
const MAX_ERROR_LENGTH = 300;

/** Delay before the next try after `attempts` failed tries: 1 min, 2, 4, … capped at 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

export interface SendPendingOptions {
  /** Most rows claimed by this run (default 50). */
  limit?: number;
  /** The run's clock: rows with nextAttemptAt <= now are due; leases and backoff count from it. */
  now?: Date;
  /** From: header (default MAIL_FROM). */
  from?: string;
}

interface ClaimedRow {
  id: string;
  toAddress: string;
  locale: string;
  subject: string;
  textBody: string;
  icsContent: string | null;
  attempts: number;
}

export async function sendPendingEmails(
  db: Db,
  transport: Transporter,
  opts: SendPendingOptions = {},
): Promise<{ sent: number; failed: number }> {
  const now = opts.now ?? new Date();
  const limit = Math.max(1, Math.floor(opts.limit ?? DEFAULT_BATCH_SIZE));
  const from = opts.from ?? mailFrom();
  const leaseUntil = new Date(now.getTime() + CLAIM_LEASE_MS);
  // Measured on the real clock: `now` may be injected, but the lease runs out in real time.
  const stopStartingAt = Date.now() + CLAIM_LEASE_MS - LEASE_SAFETY_MS;

  const rows = await claim(db, now, leaseUntil, limit);
  let sent = 0;
  let failed = 0;
  for (const [i, row] of rows.entries()) {
    if (Date.now() > stopStartingAt) {
      await release(db, rows.slice(i), leaseUntil, now);
      break;
    }
    let error: unknown;
    try {
      await transport.sendMail(buildMessage(row, from));
    } catch (err) {
      error = err ?? new Error("unknown error");
    }
    if (error === undefined) {
      await markSent(db, row.id);
      sent++;
    } else {
      await recordFailure(db, row, leaseUntil, now, error);
      failed++;
    }
  }
  return { sent, failed };
}

async function claim(db: Db, now: Date, leaseUntil: Date, limit: number): Promise<ClaimedRow[]> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<ClaimedRow[]>`
      SELECT "id"::text AS "id", "toAddress", "locale"::text AS "locale", "subject", "textBody", "icsContent", "attempts"
        FROM "EmailOutbox"
       WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
       ORDER BY "nextAttemptAt", "createdAt"
       LIMIT ${limit}::int
         FOR UPDATE SKIP LOCKED`;
    if (rows.length > 0) {
      await tx.emailOutbox.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { nextAttemptAt: leaseUntil } });
    }
    return rows;
  });
}

/** Gives unsent rows back (due again at `now`) if this run still holds their lease. */
async function release(db: Db, rows: ClaimedRow[], leaseUntil: Date, now: Date): Promise<void> {
  await db.emailOutbox.updateMany({
    where: { id: { in: rows.map((r) => r.id) }, status: "PENDING", nextAttemptAt: leaseUntil },
    data: { nextAttemptAt: now },
  });
}

/**
 * The mail was accepted by the SMTP server: SENT, whatever happened to the lease meanwhile (a repeat
 * must be prevented even if another runner has taken the row over). Retried briefly, because a
 * lost write here means the mail goes out again once the lease expires.
 */
async function markSent(db: Db, id: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await db.emailOutbox.update({ where: { id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
      return;
    } catch (err) {
      if (attempt >= 3) {
        console.error(`[email] mail ${id} was delivered but could not be marked SENT: ${describeError(err)}`);
        throw err;
      }
      await new Promise((r) => setTimeout(r, 500 * attempt));
    }
  }
}

async function recordFailure(db: Db, row: ClaimedRow, leaseUntil: Date, now: Date, err: unknown): Promise<void> {
  const attempts = row.attempts + 1;
  const lastError = describeError(err);
  const giveUp = attempts >= MAX_ATTEMPTS;
  const updated = await db.emailOutbox.updateMany({
    where: { id: row.id, status: "PENDING", nextAttemptAt: leaseUntil },
    data: giveUp
      ? { status: "FAILED", attempts, lastError }
      : { attempts, lastError, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) },
  });
  if (updated.count === 0) {
    console.warn(`[email] mail ${row.id}: lease lost before its failure could be recorded (${lastError})`);
  } else if (giveUp) {
    console.error(`[email] mail ${row.id} FAILED after ${attempts} attempts: ${lastError}`);
  } else {
    console.warn(`[email] mail ${row.id} attempt ${attempts} failed, retrying later: ${lastError}`);
  }
}

function buildMessage(row: ClaimedRow, from: string): SendMailOptions {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? "yhteinen-aika.example";
  const message: SendMailOptions = {
    from,
    to: row.toAddress,
    subject: row.subject,
    text: row.textBody,
    // Stable across retries, so a repeat after a crash is recognisable as the same message.
    messageId: `<${row.id}@${domain}>`,
    headers: { "Content-Language": row.locale },
  };
  if (row.icsContent) {
    // nodemailer adds this as a text/calendar; method=…; charset=UTF-8 alternative (what makes
    // calendar clients offer accept/decline) and as an invite.ics attachment.
    message.icalEvent = { method: icsMethodOf(row.icsContent) ?? "PUBLISH", content: row.icsContent };
  }
  return message;
}

/**
 * A short, content-free description of a send or database error: nodemailer's error code, the SMTP
 * response code and the first line of the message, with e-mail addresses masked.
 */
export function describeError(err: unknown): string {
  const e = (typeof err === "object" && err !== null ? err : {}) as { code?: unknown; responseCode?: unknown; message?: unknown };
  const parts: string[] = [];
  if (typeof e.code === "string" || typeof e.code === "number") parts.push(String(e.code));
  if (typeof e.responseCode === "number") parts.push(String(e.responseCode));
  const message = typeof e.message === "string" ? e.message : typeof err === "string" ? err : "";
  const firstLine = (message.split(/\r?\n/)[0] ?? "").replace(/[^\s<>@"]+@[^\s<>@"]+/g, "<address>").trim();
  if (firstLine) parts.push(firstLine);
  const text = parts.join(" ") || "unknown error";
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}
