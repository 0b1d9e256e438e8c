// In-process sender: delivers due outbox mail every intervalMs while the app runs. Runs never overlap
// (the next one is scheduled only when the previous has finished), and a failed run is logged and
// retried on the next tick. Several app instances may each run one: claims are exclusive (see
// send-pending.ts). Without SMTP_URL it does nothing and mail stays queued.
import type { Transporter } from "nodemailer";
import type { Db } from "../db/types.ts";
import { describeError, sendPendingEmails } from "./send-pending.ts";
import { createSmtpTransport } from "./transport.ts";

export const DEFAULT_EMAIL_INTERVAL_MS = 30_000;

export interface EmailSchedulerOptions {
  intervalMs?: number;
  /** Default: createSmtpTransport() (SMTP_URL). A transport passed here is not closed by stop(). */
  transport?: Transporter | null;
  /** Rows per run (default: sendPendingEmails' default). */
  limit?: number;
  from?: string;
}

export function startEmailScheduler(db: Db, opts: EmailSchedulerOptions = {}): { stop(): void } {
  const intervalMs = Math.max(1, opts.intervalMs ?? DEFAULT_EMAIL_INTERVAL_MS);
  const ownTransport = opts.transport === undefined;
  let transport: Transporter | null;
  try {
    transport = ownTransport ? createSmtpTransport() : (opts.transport ?? null);
  } catch (err) {
    console.error(`[email] SMTP transport not usable, mail stays queued: ${describeError(err)}`);
    transport = null;
  }
  if (!transport) {
    console.info("[email] no SMTP_URL configured: mail stays queued in the outbox");
    return { stop() {} };
  }
  const smtp = transport;

  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;

  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = run().finally(() => {
        running = undefined;
      });
    }, delay);
    // The scheduler alone never keeps the process alive.
    timer.unref?.();
  };

  async function run() {
    timer = undefined;
    try {
      const { sent, failed } = await sendPendingEmails(db, smtp, { limit: opts.limit, from: opts.from });
      if (sent > 0 || failed > 0) console.info(`[email] sent ${sent}, failed ${failed}`);
    } catch (err) {
      console.error(`[email] outbox run failed: ${describeError(err)}`);
    } finally {
      schedule(intervalMs);
    }
  }

  schedule(0);
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      // A run in progress finishes its sends before the connection is closed.
      if (ownTransport) void (running ?? Promise.resolve()).then(() => smtp.close());
    },
  };
}
