// In-process retention job: deletes expired contact requests shortly after start and then once a
// day while the app runs. Runs never overlap; a failed run is logged and retried on the next tick.
// Several instances may each run it: a request is deleted once (deleteMany by id and condition).
import type { Db } from "../db/types.ts";
import { deleteExpiredContactRequests, describeRetention } from "./retention.ts";

export const RETENTION_INTERVAL_MS = 24 * 60 * 60_000;

export function startContactRetentionScheduler(db: Db, opts: { intervalMs?: number; firstRunMs?: number } = {}): { stop(): void } {
  const intervalMs = Math.max(1, opts.intervalMs ?? RETENTION_INTERVAL_MS);
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => void run(), delay);
    timer.unref?.();
  };
  async function run() {
    try {
      const r = await deleteExpiredContactRequests(db);
      if (r.deleted > 0) console.info(describeRetention(r));
    } catch (err) {
      console.error(`[contact retention] run failed: ${err instanceof Error ? err.message : "unknown error"}`);
    } finally {
      schedule(intervalMs);
    }
  }
  schedule(opts.firstRunMs ?? 60_000);
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
