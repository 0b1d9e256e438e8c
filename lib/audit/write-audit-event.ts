// Käyttöloki / luovutusloki: every read and disclosure of family data is written here. Events name
// the people touched by id and never carry free text the user typed.
import type { AuditKind, Prisma } from "../db/generated/client.ts";
import type { DbOrTx } from "../db/types.ts";

export interface AuditEventInput {
  kind: AuditKind;
  /** dotted verb, e.g. "collaboration.read", "collaboration.create", "signin.failed" */
  action: string;
  actorId?: string | null;
  objectType?: string;
  objectId?: string;
  familyId?: string;
  collaborationId?: string;
  /** disclosures: who received the data (user id or a party label, never content) */
  recipient?: string;
  ip?: string | null;
  details?: Prisma.InputJsonValue;
}

export async function writeAuditEvent(db: DbOrTx, event: AuditEventInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      kind: event.kind,
      action: event.action,
      actorId: event.actorId ?? null,
      objectType: event.objectType,
      objectId: event.objectId,
      familyId: event.familyId,
      collaborationId: event.collaborationId,
      recipient: event.recipient,
      ip: event.ip ?? null,
      details: event.details,
    },
  });
}
