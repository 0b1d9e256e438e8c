// Yhteydenpito: the responsible worker records each contact with the family. The next agreed contact
// becomes the plan's next contact, which "Minun perheeni" and the morning digest follow.
import type { Tx } from "../db/types.ts";
import { auditChange } from "../audit/audit.ts";
import { AppError } from "../errors/app-error.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { fromHelsinkiWallClock } from "../time/helsinki-wall-clock.ts";
import { helsinkiDay } from "./due.ts";
import type { RecordContact } from "./schema.ts";

/** The caller's policy (requireResponsibleForChange) has checked the user and that the work is open. */
export async function recordContact(tx: Tx, user: SessionUser, input: RecordContact, now = new Date()): Promise<{ id: string }> {
  const errors: Record<string, string> = {};
  const contactedAt = fromHelsinkiWallClock(input.contactedOn, "00:00");
  if (!contactedAt) errors.contactedOn = "invalidDate";
  else if (input.contactedOn > helsinkiDay(now)) errors.contactedOn = "contactInFuture";
  if (input.nextContactAt && helsinkiDay(input.nextContactAt) < input.contactedOn) errors.nextContactAt = "nextBeforeContact";
  if (Object.keys(errors).length > 0 || !contactedAt) throw new AppError("VALIDATION", { fieldErrors: errors });

  const c = await tx.collaboration.findUniqueOrThrow({ where: { id: input.collaborationId }, select: { id: true, familyId: true, plan: { select: { id: true } } } });
  const entry = await tx.contactLogEntry.create({
    data: { collaborationId: c.id, authorId: user.id, contactedAt, channel: input.channel, note: input.note || null, nextContactAt: input.nextContactAt },
    select: { id: true },
  });
  // The latest contact's agreement replaces the earlier one; "none agreed" clears it.
  if (c.plan) await tx.jointPlan.update({ where: { id: c.plan.id }, data: { nextContactAt: input.nextContactAt } });
  await auditChange(tx, "followUp.contact.record", {
    actorId: user.id,
    objectType: "ContactLogEntry",
    objectId: entry.id,
    familyId: c.familyId,
    collaborationId: c.id,
    details: { channel: input.channel, nextContactAgreed: input.nextContactAt !== null },
  });
  return entry;
}
