/**
 * True when the error is a unique-constraint violation (Prisma P2002, or PostgreSQL 23505 wrapped by
 * the pg adapter). Two people creating the same thing at once lose the race here, and the caller
 * turns that into a CONFLICT instead of a 500.
 */
export function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err, i = 0; e && i < 6; e = (e as { cause?: unknown }).cause, i++) {
    const o = e as { code?: string; meta?: { driverAdapterError?: { cause?: { originalCode?: string; kind?: string } } } };
    if (o.code === "P2002" || o.code === "23505") return true;
    const adapter = o.meta?.driverAdapterError?.cause;
    if (adapter?.originalCode === "23505" || adapter?.kind === "UniqueConstraintViolation") return true;
  }
  return false;
}
