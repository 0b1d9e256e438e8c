// Retention: a contact request that was closed without starting a collaboration (advice given, or
// forwarded) is deleted once its retention period has passed; the default is 12 months from closing
// (CONTACT_RETENTION_MONTHS overrides it). Requests that started a collaboration stay: they are part
// of the family's record. Each deletion is logged in the audit log by id, channel, outcome and dates
// only, never with the family's words or contact details.
import type { Db } from "../db/types.ts";
import { auditChange } from "../audit/audit.ts";

export const DEFAULT_RETENTION_MONTHS = 12;

export function retentionMonths(): number {
  const fromEnv = Number(process.env.CONTACT_RETENTION_MONTHS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_RETENTION_MONTHS;
}

/** The instant before which closed requests are due for deletion (calendar months back, UTC). */
export function retentionCutoff(now: Date, months: number): Date {
  const d = new Date(now.getTime());
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

export interface RetentionResult {
  deleted: number;
  cutoff: Date;
  /** what was deleted, without content: id, channel, outcome, municipality and dates */
  rows: { id: string; channel: string; outcome: string | null; municipalityId: string; createdAt: Date; closedAt: Date | null }[];
}

/** Deletes due requests in batches; safe to run from several instances at once (deleteMany by id). */
export async function deleteExpiredContactRequests(db: Db, opts: { now?: Date; months?: number; batchSize?: number } = {}): Promise<RetentionResult> {
  const now = opts.now ?? new Date();
  const months = opts.months ?? retentionMonths();
  const cutoff = retentionCutoff(now, months);
  const batchSize = opts.batchSize ?? 500;
  const result: RetentionResult = { deleted: 0, cutoff, rows: [] };
  for (;;) {
    const due = await db.contactRequest.findMany({
      where: { status: "CLOSED", collaborationId: null, outcome: { not: "COLLABORATION_STARTED" }, closedAt: { lt: cutoff } },
      orderBy: { closedAt: "asc" },
      take: batchSize,
      select: { id: true, channel: true, outcome: true, municipalityId: true, createdAt: true, closedAt: true },
    });
    if (due.length === 0) break;
    const deleted = await db.$transaction(async (tx) => {
      const gone = await tx.contactRequest.deleteMany({ where: { id: { in: due.map((r) => r.id) }, status: "CLOSED", collaborationId: null, closedAt: { lt: cutoff } } });
      await auditChange(tx, "contactRequest.retention.delete", {
        actorId: null,
        objectType: "ContactRequest",
        details: {
          retentionMonths: months,
          cutoff: cutoff.toISOString(),
          deleted: due.map((r) => ({ id: r.id, channel: r.channel, outcome: r.outcome, municipalityId: r.municipalityId, createdAt: r.createdAt.toISOString(), closedAt: r.closedAt?.toISOString() ?? null })),
        },
      });
      return gone.count;
    });
    result.deleted += deleted;
    result.rows.push(...due);
    if (due.length < batchSize) break;
  }
  return result;
}

/** One line for logs: counts only. */
export function describeRetention(r: RetentionResult): string {
  const byOutcome = new Map<string, number>();
  for (const row of r.rows) byOutcome.set(`${row.channel}/${row.outcome}`, (byOutcome.get(`${row.channel}/${row.outcome}`) ?? 0) + 1);
  const parts = [...byOutcome].map(([k, n]) => `${k}: ${n}`).join(", ");
  return `[contact retention] deleted ${r.deleted} request(s) closed before ${r.cutoff.toISOString()}${parts ? ` (${parts})` : ""}`;
}
