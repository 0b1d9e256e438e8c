import "server-only";
// The data-protection officer's view of the use and disclosure log: search by the user who acted,
// by family, and by time, newest first, a page at a time. Every filter is served by an index on
// (actorId, occurredAt), (familyId, occurredAt) or (occurredAt); the total is counted only up to a
// cap, so a broad search stays cheap on a county's millions of rows. Each search is itself logged.
import { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import type { Db } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { requireCapability } from "../authz/capabilities.ts";
import { formDate } from "../validation/wall-clock.ts";
import { fromHelsinkiWallClock } from "../time/helsinki-wall-clock.ts";
import { AppError } from "../errors/app-error.ts";
import { auditRead } from "../audit/audit.ts";

export const AUDIT_PAGE_SIZE = 50;
/** Beyond this many matches the page says "more than 10 000": counting further costs a scan. */
export const AUDIT_COUNT_CAP = 10_000;

const optional = <T extends z.ZodType>(schema: T) => z.union([z.literal(""), schema]).optional().transform((v) => (v ? v : undefined));

export const auditSearchSchema = z.object({
  user: optional(z.email({ error: "invalidEmail" }).max(254, "tooLong:254")),
  family: optional(z.uuid({ error: "invalidFamilyId" })),
  from: optional(formDate),
  to: optional(formDate),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type AuditSearch = z.output<typeof auditSearchSchema>;

export interface AuditRow {
  id: string;
  occurredAt: Date;
  kind: string;
  action: string;
  actor: { id: string; name: string; email: string } | null;
  familyId: string | null;
  collaborationId: string | null;
  objectType: string | null;
  recipient: string | null;
  ip: string | null;
}

export interface AuditSearchResult {
  rows: AuditRow[];
  /** Counted up to AUDIT_COUNT_CAP + 1. */
  total: number;
  capped: boolean;
  page: number;
  pages: number;
  /** The e-mail address searched for names nobody. */
  unknownUser: boolean;
}

export async function searchAuditTrail(db: Db, user: SessionUser, search: AuditSearch): Promise<AuditSearchResult> {
  requireCapability(user, "audit.review");
  const page = search.page ?? 1;
  const from = search.from ? fromHelsinkiWallClock(search.from, "00:00") : null;
  const toExclusive = search.to ? fromHelsinkiWallClock(nextDay(search.to), "00:00") : null;
  if (from && toExclusive && from >= toExclusive) throw new AppError("VALIDATION", { fieldErrors: { to: "searchEndBeforeStart" } });
  const actor = search.user ? await db.user.findFirst({ where: { email: { equals: search.user, mode: "insensitive" } }, select: { id: true } }) : null;
  const unknownUser = Boolean(search.user) && !actor;
  const where: Prisma.AuditEventWhereInput = {
    ...(search.user ? { actorId: actor?.id ?? "00000000-0000-0000-0000-000000000000" } : {}),
    ...(search.family ? { familyId: search.family } : {}),
    ...(from || toExclusive ? { occurredAt: { ...(from ? { gte: from } : {}), ...(toExclusive ? { lt: toExclusive } : {}) } } : {}),
  };
  const [events, counted] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, occurredAt: true, kind: true, action: true, familyId: true, collaborationId: true, objectType: true, recipient: true, ip: true, actor: { select: { id: true, name: true, email: true } } },
    }),
    db.auditEvent.count({ where, take: AUDIT_COUNT_CAP + 1 }),
  ]);
  // The search is a read of the log itself: which filters were used, never the values typed.
  await auditRead(db, "audit.search", {
    actorId: user.id,
    ...(actor ? { objectType: "User", objectId: actor.id } : {}),
    familyId: search.family,
    details: { byUser: Boolean(search.user), byFamily: Boolean(search.family), from: search.from ?? null, to: search.to ?? null, page, rows: events.length },
  });
  const capped = counted > AUDIT_COUNT_CAP;
  return {
    rows: events.map((e) => ({ ...e, kind: e.kind as string })),
    total: Math.min(counted, AUDIT_COUNT_CAP),
    capped,
    page,
    pages: Math.max(1, Math.ceil(Math.min(counted, AUDIT_COUNT_CAP) / AUDIT_PAGE_SIZE)),
    unknownUser,
  };
}

function nextDay(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
