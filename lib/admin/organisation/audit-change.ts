import type { Tx } from "../../db/types.ts";
import type { Prisma } from "../../db/generated/client.ts";
import { writeAuditEvent } from "../../audit/write-audit-event.ts";

/** One CHANGE event per admin change: who did what to which row; details hold ids and enums only. */
export function auditOrgChange(tx: Tx, actorId: string, action: string, objectType: string, objectId: string, details?: Prisma.InputJsonValue) {
  return writeAuditEvent(tx, { kind: "CHANGE", action: `admin.${action}`, actorId, objectType, objectId, details });
}
