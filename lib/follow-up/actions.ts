// Action definitions of the responsible worker's follow-up, run by runSecureAction: only an active
// responsible worker of the family (others get NOT_FOUND and nothing changes), and only while the
// joint work is open (a closed collaboration answers with a clear "closed" message) — except reopening.
import type { SecureActionDefinition } from "../actions/secure-action.ts";
import { AppError } from "../errors/app-error.ts";
import { closeCollaboration, reopenCollaboration } from "./close-collaboration.ts";
import { handOver } from "./handover.ts";
import { markNotificationRead } from "./notifications.ts";
import { requireResponsible, requireResponsibleForChange } from "./policy.ts";
import { recordContact } from "./record-contact.ts";
import { shareInformation } from "./share-information.ts";
import { updateActionStatus } from "./update-action-status.ts";
import { actionStatusSchema, closeSchema, handoverSchema, notificationReadSchema, recordContactSchema, reopenSchema, shareSchema } from "./schema.ts";

export const recordContactAction: SecureActionDefinition<typeof recordContactSchema, { id: string }> = {
  name: "followUp.contact.record",
  schema: recordContactSchema,
  policy: async ({ tx, user, input }) => void (await requireResponsibleForChange(tx, user, input.collaborationId)),
  run: ({ tx, user, input }) => recordContact(tx, user, input),
};

export const updateActionStatusAction: SecureActionDefinition<typeof actionStatusSchema, { id: string; status: string }> = {
  name: "followUp.action.status",
  schema: actionStatusSchema,
  policy: async ({ tx, user, input }) => void (await requireResponsibleForChange(tx, user, input.collaborationId)),
  run: ({ tx, user, input }) => updateActionStatus(tx, user, input),
};

export const shareInformationAction: SecureActionDefinition<typeof shareSchema, { id: string }> = {
  name: "followUp.share",
  schema: shareSchema,
  policy: async ({ tx, user, input }) => void (await requireResponsibleForChange(tx, user, input.collaborationId)),
  run: ({ tx, user, input }) => shareInformation(tx, user, input),
};

export const handOverAction: SecureActionDefinition<typeof handoverSchema, { toUserId: string }> = {
  name: "followUp.handover",
  schema: handoverSchema,
  policy: async ({ tx, user, input }) => void (await requireResponsibleForChange(tx, user, input.collaborationId)),
  run: ({ tx, user, input }) => handOver(tx, user, input),
};

export const closeCollaborationAction: SecureActionDefinition<typeof closeSchema, { id: string; cancelledMeetings: number }> = {
  name: "collaboration.close",
  schema: closeSchema,
  policy: async ({ tx, user, input }) => void (await requireResponsibleForChange(tx, user, input.collaborationId)),
  run: ({ tx, user, input }) => closeCollaboration(tx, user, input),
};

export const reopenCollaborationAction: SecureActionDefinition<typeof reopenSchema, { id: string }> = {
  name: "collaboration.reopen",
  schema: reopenSchema,
  async policy({ tx, user, input }) {
    const c = await requireResponsible(tx, user, input.collaborationId);
    if (c.status !== "CLOSED") throw new AppError("VALIDATION", { fieldErrors: { _form: "notClosed" } });
  },
  run: ({ tx, user, input }) => reopenCollaboration(tx, user, input),
};

export const markNotificationReadAction: SecureActionDefinition<typeof notificationReadSchema, { id: string }> = {
  name: "notification.read",
  schema: notificationReadSchema,
  policy: async () => undefined,
  run: ({ tx, user, input }) => markNotificationRead(tx, user, input.notificationId),
};
