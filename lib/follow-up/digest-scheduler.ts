// The app's own scheduler for the morning digest (FOLLOW_UP_DIGEST=1): every few minutes it checks
// whether the Helsinki clock has passed the digest hour (FOLLOW_UP_DIGEST_HOUR, default 7) and, if
// so, queues today's digests. Queuing is idempotent per worker per day, so running it often — and
// alongside cron (`npm run followup:digest`) or on several instances — sends each digest once.
import type { Db } from "../db/types.ts";
import { inHelsinki } from "../time/format.ts";
import { queueFollowUpDigests } from "./digest.ts";

export const DEFAULT_DIGEST_HOUR = 7;
const CHECK_INTERVAL_MS = 5 * 60_000;

export function digestHourFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const h = Number(env.FOLLOW_UP_DIGEST_HOUR ?? DEFAULT_DIGEST_HOUR);
  return Number.isInteger(h) && h >= 0 && h <= 23 ? h : DEFAULT_DIGEST_HOUR;
}

export function digestEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.FOLLOW_UP_DIGEST === "1" || env.FOLLOW_UP_DIGEST === "true";
}

/** Whether the digest is due at `now`: on or after the hour, Helsinki time. */
export function digestDue(now: Date, hour: number): boolean {
  return inHelsinki(now).getHours() >= hour;
}

export function startDigestScheduler(db: Db, opts: { hour?: number; intervalMs?: number; clock?: () => Date } = {}): { stop(): void } {
  const hour = opts.hour ?? digestHourFromEnv();
  const clock = opts.clock ?? (() => new Date());
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = async () => {
    try {
      const now = clock();
      if (digestDue(now, hour)) {
        const r = await queueFollowUpDigests(db, now);
        if (r.queued > 0) console.info(`[follow-up] queued ${r.queued} digest(s) for ${r.day}`);
      }
    } catch (err) {
      console.error(`[follow-up] digest run failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      if (!stopped) {
        timer = setTimeout(() => void tick(), opts.intervalMs ?? CHECK_INTERVAL_MS);
        timer.unref?.();
      }
    }
  };
  timer = setTimeout(() => void tick(), 0);
  timer.unref?.();
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
