import { describe, expect, it } from "vitest";
import { currentFlowStep } from "@/lib/collaborations/flow-step.ts";

describe("where the family is in the model", () => {
  it("starts at puheeksiotto until the family's own wishes are written down", () => {
    expect(currentFlowStep({ status: "CONCERN_RAISED", concernRecorded: false, consentCoversInvitations: false })).toBe("CONCERN_RAISED");
    // Consent recorded first does not skip puheeksiotto.
    expect(currentFlowStep({ status: "CONCERN_RAISED", concernRecorded: false, consentCoversInvitations: true })).toBe("CONCERN_RAISED");
  });

  it("asks for consent next, and moves to convening once every guardian's consent allows inviting", () => {
    expect(currentFlowStep({ status: "CONCERN_RAISED", concernRecorded: true, consentCoversInvitations: false })).toBe("CONSENT");
    expect(currentFlowStep({ status: "CONCERN_RAISED", concernRecorded: true, consentCoversInvitations: true })).toBe("CONVENING");
  });

  it("follows the stored status once a meeting is booked or a plan published", () => {
    expect(currentFlowStep({ status: "MEETING_SCHEDULED", concernRecorded: true, consentCoversInvitations: false })).toBe("MEETING");
    expect(currentFlowStep({ status: "PLAN_ACTIVE", concernRecorded: true, consentCoversInvitations: true })).toBe("FOLLOW_UP");
    expect(currentFlowStep({ status: "CLOSED", concernRecorded: true, consentCoversInvitations: true })).toBe("FOLLOW_UP");
  });
});
