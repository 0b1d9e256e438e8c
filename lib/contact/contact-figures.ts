// Coordinator figures of the families' own contacts, both routes (ELECTRONIC_CONTACT and PHONE):
// received, and how they ended. Counts only, with small counts suppressed like every other figure.
// Requests closed without a collaboration disappear after their retention period, so the figures
// cover the current year (the coordinator page's period), which retention has not yet touched
// except for requests closed more than the retention period ago.
import type { Db } from "../db/types.ts";
import { suppressCell, suppressedTotal, type Cell, type Total } from "../reports/suppression.ts";

export const CONTACT_ROUTES = ["ELECTRONIC_CONTACT", "PHONE"] as const;
export type ContactRoute = (typeof CONTACT_ROUTES)[number];

export interface ContactFigureRow {
  route: ContactRoute;
  received: Cell;
  started: Cell;
  advice: Cell;
  forwarded: Cell;
  open: Cell;
}

export async function contactFigures(db: Db, opts: { municipalityIds: string[]; from: Date; to: Date }): Promise<{ rows: ContactFigureRow[]; total: Total }> {
  const raw =
    opts.municipalityIds.length === 0
      ? []
      : await db.contactRequest.groupBy({
          by: ["channel", "outcome"],
          where: { municipalityId: { in: opts.municipalityIds }, channel: { in: [...CONTACT_ROUTES] }, createdAt: { gte: opts.from, lt: opts.to } },
          _count: { _all: true },
        });
  const count = (route: ContactRoute, outcome?: string | null) =>
    raw.filter((r) => r.channel === route && (outcome === undefined || r.outcome === outcome)).reduce((a, r) => a + r._count._all, 0);
  const rows = CONTACT_ROUTES.map((route) => ({
    route,
    received: suppressCell(count(route)),
    started: suppressCell(count(route, "COLLABORATION_STARTED")),
    advice: suppressCell(count(route, "ADVICE_GIVEN")),
    forwarded: suppressCell(count(route, "FORWARDED")),
    open: suppressCell(count(route, null)),
  }));
  return { rows, total: suppressedTotal(CONTACT_ROUTES.map((r) => count(r))) };
}
