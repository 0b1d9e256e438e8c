// Action definitions of the guidance service (signed-in): take, close, start a collaboration, record
// a phone contact. Each runs through runSecureAction: the role rule (guidance.handle), then the
// request of the worker's own municipality (requireGuidanceRequest), whose row `run` receives.
import { actionsWith, defineAction } from "../actions/secure-action.ts";
import { requireGuidanceMunicipality, requireGuidanceRequest, type GuidanceRequest } from "./policy.ts";
import { closeContactRequest } from "./close-contact-request.ts";
import { recordPhoneContact } from "./record-phone-contact.ts";
import { startCollaborationFromRequest } from "./start-collaboration.ts";
import { takeContactRequest } from "./take-contact-request.ts";
import { closeRequestSchema, phoneContactSchema, startCollaborationSchema, takeRequestSchema } from "./schema.ts";

const requestAction = actionsWith<{ requestId: string }, GuidanceRequest>("guidance.handle", ({ tx, user, input }) => requireGuidanceRequest(tx, user, input.requestId));

export const takeContactRequestAction = requestAction("contactRequest.take", takeRequestSchema, ({ tx, user, grant }) => takeContactRequest(tx, user, grant));

export const closeContactRequestAction = requestAction("contactRequest.close", closeRequestSchema, ({ tx, user, input, grant }) => closeContactRequest(tx, user, grant, input));

export const startCollaborationAction = requestAction("contactRequest.startCollaboration", startCollaborationSchema, ({ tx, user, input, grant }) => startCollaborationFromRequest(tx, user, grant, input));

/** A phone call creates its own request, in the worker's municipality (the grant). */
export const recordPhoneContactAction = defineAction({
  name: "contactRequest.phone.record",
  capability: "guidance.handle",
  schema: phoneContactSchema,
  policy: ({ tx, user }) => requireGuidanceMunicipality(tx, user),
  run: ({ tx, user, input, grant }) => recordPhoneContact(tx, user, grant, input),
});
