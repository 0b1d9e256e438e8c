// Action definitions of the responsible worker's follow-up, run by runSecureAction: only an active
// responsible worker of the family (others get NOT_FOUND and nothing changes), and only while the
// joint work is open (a closed collaboration answers with a clear "closed" message) — except reopening.
import { actionsWith, defineAction } from "../actions/secure-action.ts";
import { ownRowsOnly } from "../authz/policies.ts";
import { AppError } from "../errors/app-error.ts";
import { closeCollaboration, reopenCollaboration } from "./close-collaboration.ts";
import { handOver } from "./handover.ts";
import { markNotificationRead } from "./notifications.ts";
import { requireResponsible, requireResponsibleForChange, type FollowUpCollaboration } from "./policy.ts";
import { recordContact } from "./record-contact.ts";
import { shareInformation } from "./share-information.ts";
import { updateActionStatus } from "./update-action-status.ts";
import { actionStatusSchema, closeSchema, handoverSchema, notificationReadSchema, recordContactSchema, reopenSchema, shareSchema } from "./schema.ts";

const responsibleAction = actionsWith<{ collaborationId: string }, FollowUpCollaboration>("followUp.work", ({ tx, user, input }) => requireResponsibleForChange(tx, user, input.collaborationId));

export const recordContactAction = responsibleAction("followUp.contact.record", recordContactSchema, ({ tx, user, input }) => recordContact(tx, user, input));

export const updateActionStatusAction = responsibleAction("followUp.action.status", actionStatusSchema, ({ tx, user, input }) => updateActionStatus(tx, user, input));

export const shareInformationAction = responsibleAction("followUp.share", shareSchema, ({ tx, user, input }) => shareInformation(tx, user, input));

export const handOverAction = responsibleAction("followUp.handover", handoverSchema, ({ tx, user, input }) => handOver(tx, user, input));

export const closeCollaborationAction = responsibleAction("collaboration.close", closeSchema, ({ tx, user, input }) => closeCollaboration(tx, user, input));

export const reopenCollaborationAction = defineAction({
  name: "collaboration.reopen",
  capability: "followUp.work",
  schema: reopenSchema,
  async policy({ tx, user, input }) {
    const c = await requireResponsible(tx, user, input.collaborationId);
    if (c.status !== "CLOSED") throw new AppError("VALIDATION", { fieldErrors: { _form: "notClosed" } });
    return c;
  },
  run: ({ tx, user, input }) => reopenCollaboration(tx, user, input),
});

/** A notification is the user's own row: markNotificationRead scopes it by user id. */
export const markNotificationReadAction = defineAction({
  name: "notification.read",
  capability: "account.own",
  schema: notificationReadSchema,
  policy: ownRowsOnly,
  run: ({ tx, user, input }) => markNotificationRead(tx, user, input.notificationId),
});
