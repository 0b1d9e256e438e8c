import type { Tx } from "../db/types.ts";
import { aboutCollaboration, auditChange } from "../audit/audit.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { Concern } from "./concern-schema.ts";

const emptyToNull = (s: string) => (s === "" ? null : s);

/** Saves the puheeksiotto record. Whether the need was identified together is the family's call too. */
export async function recordConcern(tx: Tx, user: SessionUser, input: Concern): Promise<{ id: string }> {
  const c = await tx.collaboration.update({
    where: { id: input.collaborationId },
    data: {
      entryRoute: input.entryRoute,
      lapsetPuheeksiHeld: input.lapsetPuheeksiHeld,
      strengthsHome: emptyToNull(input.strengthsHome),
      vulnerabilitiesHome: emptyToNull(input.vulnerabilitiesHome),
      strengthsEcecSchool: emptyToNull(input.strengthsEcecSchool),
      vulnerabilitiesEcecSchool: emptyToNull(input.vulnerabilitiesEcecSchool),
      strengthsFreeTime: emptyToNull(input.strengthsFreeTime),
      vulnerabilitiesFreeTime: emptyToNull(input.vulnerabilitiesFreeTime),
      concernZone: input.concernZone === "" ? null : input.concernZone,
      situationMapping: emptyToNull(input.situationMapping),
      familyWishes: input.familyWishes,
      meetingTopics: emptyToNull(input.meetingTopics),
      needIdentifiedTogether: input.needIdentifiedTogether,
    },
    select: { id: true, familyId: true },
  });
  await auditChange(tx, "collaboration.concern.record", aboutCollaboration(user.id, c));
  return { id: c.id };
}
