import type { Tx } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { notFound } from "../../errors/app-error.ts";
import { auditChange } from "../../audit/audit.ts";

/**
 * Removes a member from the team (active=false): no longer offered for new meetings; invitations
 * to meetings already booked stay as they are.
 */
export async function removeTeamMember(tx: Tx, user: SessionUser, input: { teamMemberId: string }): Promise<{ id: string }> {
  const member = await tx.teamMember.findUnique({ where: { id: input.teamMemberId }, select: { id: true, active: true, teamId: true, userId: true, expertise: true } });
  if (!member) throw notFound();
  if (member.active) await tx.teamMember.update({ where: { id: member.id }, data: { active: false } });
  await auditChange(tx, "admin.teamMember.remove", { actorId: user.id, objectType: "TeamMember", objectId: member.id, details: { teamId: member.teamId, userId: member.userId, expertise: member.expertise } });
  return { id: member.id };
}
