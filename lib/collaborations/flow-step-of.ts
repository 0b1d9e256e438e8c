import type { DbOrTx } from "../db/types.ts";
import { coveredExpertise } from "../consents/gate.ts";
import { currentFlowStep, type FlowStep } from "./flow-step.ts";

/** The flow step of a collaboration the caller has already been authorized to read. */
export async function flowStepOf(db: DbOrTx, c: { id: string; status: string; familyWishes: string | null }): Promise<FlowStep> {
  const early = c.status === "CONCERN_RAISED" || c.status === "CONVENING";
  const covered = early && c.familyWishes ? (await coveredExpertise(db, c.id)).size > 0 : false;
  return currentFlowStep({ status: c.status, concernRecorded: Boolean(c.familyWishes), consentCoversInvitations: covered });
}
