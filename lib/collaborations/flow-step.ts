// Where the family is in the model (seed 001): puheeksiotto → consent → convening → joint meeting →
// plan → follow-up. The stored status only changes at the big moves (a meeting booked, a plan
// published); the first steps are read from what has been recorded.
export const FLOW_STEPS = ["CONCERN_RAISED", "CONSENT", "CONVENING", "MEETING", "PLAN", "FOLLOW_UP"] as const;
export type FlowStep = (typeof FLOW_STEPS)[number];

export interface FlowFacts {
  status: string;
  /** Puheeksiotto is recorded once the family's own wishes are written down (they are required). */
  concernRecorded: boolean;
  /** Every guardian has a valid consent that allows inviting at least one expertise. */
  consentCoversInvitations: boolean;
}

export function currentFlowStep(f: FlowFacts): FlowStep {
  switch (f.status) {
    case "MEETING_SCHEDULED":
      return "MEETING";
    case "PLAN_ACTIVE":
    case "CLOSED":
      return "FOLLOW_UP";
  }
  if (!f.concernRecorded) return "CONCERN_RAISED";
  if (!f.consentCoversInvitations) return "CONSENT";
  return "CONVENING";
}
