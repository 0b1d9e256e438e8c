import type { Prisma } from "../db/generated/client.ts";
import { inHelsinki } from "../time/format.ts";

/** Today's calendar date in Helsinki as a DATE value (midnight UTC), for comparing with DATE columns. */
export function helsinkiToday(now = new Date()): Date {
  const h = inHelsinki(now);
  return new Date(Date.UTC(h.getFullYear(), h.getMonth(), h.getDate()));
}

/** A consent is valid when given (on or before today), not expired and not withdrawn. */
export function validConsentWhere(now = new Date()): Prisma.ConsentWhereInput {
  const today = helsinkiToday(now);
  return { withdrawnAt: null, givenOn: { lte: today }, OR: [{ validUntil: null }, { validUntil: { gte: today } }] };
}
