import type { Tx } from "../db/types.ts";
import { auditChange } from "../audit/audit.ts";
import { notFound } from "../errors/app-error.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { Respond } from "./schema.ts";

/**
 * An invited professional accepts or declines. Declining also ends their access to the family
 * (need to know); accepting keeps it.
 */
export async function respondToInvitation(tx: Tx, user: SessionUser, input: Respond, now = new Date()): Promise<{ id: string }> {
  const invitation = await tx.invitation.findFirst({
    where: { id: input.invitationId, userId: user.id, status: { in: ["PENDING", "ACCEPTED", "DECLINED"] }, meeting: { status: "SCHEDULED" } },
    select: { id: true, meeting: { select: { id: true, collaborationId: true, collaboration: { select: { familyId: true } } } } },
  });
  if (!invitation) throw notFound();
  await tx.invitation.update({
    where: { id: invitation.id },
    data: { status: input.response, responseMessage: input.message || null, respondedAt: now },
  });
  await tx.collaborationMember.updateMany({
    where: { collaborationId: invitation.meeting.collaborationId, userId: user.id, role: "INVITED" },
    data: { removedAt: input.response === "DECLINED" ? now : null },
  });
  await auditChange(tx, input.response === "ACCEPTED" ? "invitation.accept" : "invitation.decline", {
    actorId: user.id,
    objectType: "Invitation",
    objectId: invitation.id,
    familyId: invitation.meeting.collaboration.familyId,
    collaborationId: invitation.meeting.collaborationId,
  });
  return { id: invitation.id };
}
