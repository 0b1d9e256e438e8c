import type { Tx } from "../../db/types.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import { auditChange } from "../../audit/audit.ts";
import { ORG_ERRORS, type AddTeamMemberInput } from "./schema.ts";

/**
 * Adds an active user to a team with one expertise; adding someone who was removed reactivates the
 * same membership. From then on the convening page of the team's area offers them.
 */
export async function addTeamMember(tx: Tx, user: SessionUser, input: AddTeamMemberInput): Promise<{ id: string }> {
  const team = await tx.familyCentreTeam.findUnique({ where: { id: input.teamId }, select: { id: true } });
  if (!team) throw notFound();
  const member = await tx.user.findUnique({ where: { id: input.userId }, select: { active: true } });
  if (!member?.active) throw new AppError("VALIDATION", { fieldErrors: { userId: ORG_ERRORS.userNotActive } });
  const key = { teamId_userId_expertise: { teamId: input.teamId, userId: input.userId, expertise: input.expertise } };
  const existing = await tx.teamMember.findUnique({ where: key, select: { id: true, active: true } });
  if (existing?.active) throw new AppError("VALIDATION", { fieldErrors: { expertise: ORG_ERRORS.alreadyMember } });
  const row = existing
    ? await tx.teamMember.update({ where: { id: existing.id }, data: { active: true }, select: { id: true } })
    : await tx.teamMember.create({ data: { teamId: input.teamId, userId: input.userId, expertise: input.expertise }, select: { id: true } });
  await auditChange(tx, "admin.teamMember.add", { actorId: user.id, objectType: "TeamMember", objectId: row.id, details: { teamId: input.teamId, userId: input.userId, expertise: input.expertise, reactivated: Boolean(existing) } });
  return row;
}
