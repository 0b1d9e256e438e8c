// Action definitions of the guidance service (signed-in): take, close, start a collaboration, record
// a phone contact. Each runs through runSecureAction; the policies (GUIDANCE_WORKER of the request's
// municipality) are checked again inside the domain functions, which also write the audit events.
import type { SecureActionDefinition } from "../actions/secure-action.ts";
import { hasRole } from "../auth/session-user.ts";
import { notFound } from "../errors/app-error.ts";
import { requireGuidanceRequest } from "./policy.ts";
import { closeContactRequest } from "./close-contact-request.ts";
import { recordPhoneContact } from "./record-phone-contact.ts";
import { startCollaborationFromRequest } from "./start-collaboration.ts";
import { takeContactRequest } from "./take-contact-request.ts";
import { closeRequestSchema, phoneContactSchema, startCollaborationSchema, takeRequestSchema } from "./schema.ts";

export const takeContactRequestAction: SecureActionDefinition<typeof takeRequestSchema, { id: string }> = {
  name: "contactRequest.take",
  schema: takeRequestSchema,
  async policy({ tx, user, input }) {
    await requireGuidanceRequest(tx, user, input.requestId);
  },
  run: ({ tx, user, input }) => takeContactRequest(tx, user, input.requestId),
};

export const closeContactRequestAction: SecureActionDefinition<typeof closeRequestSchema, { id: string }> = {
  name: "contactRequest.close",
  schema: closeRequestSchema,
  async policy({ tx, user, input }) {
    await requireGuidanceRequest(tx, user, input.requestId);
  },
  run: ({ tx, user, input }) => closeContactRequest(tx, user, input),
};

export const startCollaborationAction: SecureActionDefinition<typeof startCollaborationSchema, { id: string }> = {
  name: "contactRequest.startCollaboration",
  schema: startCollaborationSchema,
  async policy({ tx, user, input }) {
    await requireGuidanceRequest(tx, user, input.requestId);
  },
  run: ({ tx, user, input }) => startCollaborationFromRequest(tx, user, input),
};

export const recordPhoneContactAction: SecureActionDefinition<typeof phoneContactSchema, { id: string; referenceCode: string }> = {
  name: "contactRequest.phone.record",
  schema: phoneContactSchema,
  async policy({ user }) {
    if (!hasRole(user, "GUIDANCE_WORKER")) throw notFound();
  },
  run: ({ tx, user, input }) => recordPhoneContact(tx, user, input),
};
