// The one way to write the audit trail (käyttöloki / luovutusloki): one helper per kind, each taking
// only the catalogued names of its kind (events.ts), so an event's kind can never disagree with its
// name. Events name the people and rows touched by id and never carry free text the user typed.
import type { Prisma } from "../db/generated/client.ts";
import type { DbOrTx } from "../db/types.ts";
import { AUDIT_EVENTS, type AuditAction, type AuthAction, type ChangeAction, type DisclosureAction, type ReadAction } from "./events.ts";

/** Who acted and what the event is about. */
export interface AuditTarget {
  /** The user who acted; null for the system (a scheduled job) or an unknown user. */
  actorId: string | null;
  objectType?: string;
  objectId?: string;
  /** The family whose data was touched, and through which collaboration. */
  familyId?: string;
  collaborationId?: string;
  /** Ids, enums and counts only. */
  details?: Prisma.InputJsonValue;
}

/** A disclosure always names the family, the recipient and the consents that allowed it. */
export interface DisclosureTarget extends Omit<AuditTarget, "details" | "familyId" | "collaborationId"> {
  familyId: string;
  collaborationId: string;
  /** Who received the data: a user id or a party label, never content. */
  recipient: string;
  /** Written to `details.consentIds`. */
  consentIds: string[];
  details?: Prisma.InputJsonObject;
}

/** Sign-in events also keep the client's address. */
export interface AuthTarget extends AuditTarget {
  ip?: string | null;
}

/** The target of an event about one collaboration as a whole (the object is the collaboration itself). */
export function aboutCollaboration(actorId: string, c: { id: string; familyId: string }, details?: Prisma.InputJsonValue): AuditTarget {
  return { actorId, objectType: "Collaboration", objectId: c.id, familyId: c.familyId, collaborationId: c.id, ...(details === undefined ? {} : { details }) };
}

/** ACCESS (use log): a user read a family's data, or a list naming families. */
export function auditRead(db: DbOrTx, action: ReadAction, target: AuditTarget): Promise<void> {
  return write(db, action, target);
}

/** CHANGE (use log): a record was created, changed or removed. */
export function auditChange(db: DbOrTx, action: ChangeAction, target: AuditTarget): Promise<void> {
  return write(db, action, target);
}

/** CHANGE, one row per target in one statement: for bulk work such as a user import. */
export async function auditChanges(db: DbOrTx, action: ChangeAction, targets: AuditTarget[]): Promise<void> {
  await db.auditEvent.createMany({ data: targets.map((target) => row(action, target)) });
}

/** DISCLOSURE (disclosure log): the data went to someone outside the collaboration, on consent. */
export function auditDisclosure(db: DbOrTx, action: DisclosureAction, { recipient, consentIds, details, ...target }: DisclosureTarget): Promise<void> {
  return write(db, action, { ...target, recipient, details: { ...details, consentIds } });
}

/** AUTH (security log): sign-in, sign-out and changes to how an account signs in. */
export function auditAuth(db: DbOrTx, action: AuthAction, target: AuthTarget): Promise<void> {
  return write(db, action, target);
}

async function write(db: DbOrTx, action: AuditAction, event: AuthTarget & { recipient?: string }): Promise<void> {
  await db.auditEvent.create({ data: row(action, event) });
}

function row(action: AuditAction, event: AuthTarget & { recipient?: string }): Prisma.AuditEventUncheckedCreateInput {
  return {
    kind: AUDIT_EVENTS[action],
    action,
    actorId: event.actorId,
    objectType: event.objectType,
    objectId: event.objectId,
    familyId: event.familyId,
    collaborationId: event.collaborationId,
    recipient: event.recipient,
    ip: event.ip ?? null,
    details: event.details,
  };
}

/** An action whose change event the action wrapper writes is named after a catalogued change. */
export function changeActionOf(name: string): ChangeAction {
  if ((AUDIT_EVENTS as Record<string, string>)[name] !== "CHANGE") throw new Error(`action ${name} is not a catalogued change (lib/audit/events.ts)`);
  return name as ChangeAction;
}
