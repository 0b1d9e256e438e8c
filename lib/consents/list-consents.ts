import type { Db } from "../db/types.ts";
import { validConsentWhere } from "./validity.ts";

/** The consents of a collaboration, newest first, with whether each is valid now. Caller authorizes. */
export async function listConsents(db: Db, collaborationId: string, now = new Date()) {
  const [all, valid] = await Promise.all([
    db.consent.findMany({
      where: { collaborationId },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        guardianId: true,
        method: true,
        givenOn: true,
        validUntil: true,
        invitableExpertise: true,
        mayShareInformation: true,
        withdrawnAt: true,
        recipients: { select: { id: true, description: true, user: { select: { name: true, title: true } }, unit: { select: { name: true } } } },
      },
    }),
    db.consent.findMany({ where: { collaborationId, ...validConsentWhere(now) }, select: { id: true } }),
  ]);
  const validIds = new Set(valid.map((v) => v.id));
  return all.map((c) => ({ ...c, valid: validIds.has(c.id) }));
}
