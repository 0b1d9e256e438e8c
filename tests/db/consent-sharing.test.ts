// No sharing without a consent that covers it: every guardian's valid consent must allow sharing
// and name the recipient (the person or their unit); withdrawal stops it at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSecureAction } from "@/lib/actions/secure-action.ts";
import { recordConsentAction, withdrawConsentAction } from "@/lib/consents/actions.ts";
import { assertSharingCovered, consentsCoveringShare } from "@/lib/consents/gate.ts";
import type { SessionUser } from "@/lib/auth/session-user.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { buildCollaboration, buildOrganisation, buildUser, consentInput } from "../fixtures/builders.ts";

let fresh: FreshDatabase;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let worker: SessionUser;
const as = (user: SessionUser) => ({ db: fresh.db, user });

beforeAll(async () => {
  fresh = await freshDatabase();
  org = await buildOrganisation(fresh.db);
  const u = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
  worker = { id: u.id, name: u.name, email: u.email, roles: u.roles, locale: u.locale };
});
afterAll(() => fresh?.close());

async function familyOfTwo() {
  return buildCollaboration(fresh.db, worker, { id: org.area.id, municipalityId: org.municipality.id }, [
    { firstName: "Jari", lastName: "Rautio" },
    { firstName: "Maija", lastName: "Rautio" },
  ]);
}

async function consent(collaborationId: string, guardianId: string, overrides: Record<string, unknown>) {
  const r = await runSecureAction(recordConsentAction, as(worker), consentInput(collaborationId, guardianId, overrides));
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data.id;
}

describe("sharing information after the meeting", () => {
  it("is covered only when every guardian allows sharing with that person", async () => {
    const c = await familyOfTwo();
    const schoolNurse = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
    const stranger = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] });
    const [jari, maija] = [c.guardians[0]!, c.guardians[1]!];

    await consent(c.id, jari.id, { mayShareInformation: true, recipientUserIds: [schoolNurse.id] });
    expect(await consentsCoveringShare(fresh.db, c.id, schoolNurse.id)).toBeNull();
    await expect(assertSharingCovered(fresh.db, c.id, schoolNurse.id, "recipientUserId")).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { recipientUserId: "sharingNotCovered" } });

    // Maija allows sharing but not with this person: still not covered.
    await consent(c.id, maija.id, { mayShareInformation: true, recipientUserIds: [stranger.id] });
    expect(await consentsCoveringShare(fresh.db, c.id, schoolNurse.id)).toBeNull();

    // A newer consent from Maija naming the school nurse covers it, with one consent per guardian.
    const maijaConsent = await consent(c.id, maija.id, { mayShareInformation: true, recipientUserIds: [schoolNurse.id] });
    const covering = await assertSharingCovered(fresh.db, c.id, schoolNurse.id, "recipientUserId");
    expect(covering.map((k) => k.guardianId).sort()).toEqual([jari.id, maija.id].sort());
    expect(await consentsCoveringShare(fresh.db, c.id, stranger.id)).toBeNull();

    // Withdrawal stops it at once.
    const withdrawn = await runSecureAction(withdrawConsentAction, as(worker), { consentId: maijaConsent });
    expect(withdrawn.ok).toBe(true);
    expect(await consentsCoveringShare(fresh.db, c.id, schoolNurse.id)).toBeNull();
  });

  it("covers a person through their unit, and never without mayShareInformation or after expiry", async () => {
    const c = await familyOfTwo();
    const colleague = await buildUser(fresh.db, { roles: ["TEAM_MEMBER"], unitId: org.unit.id });
    const [jari, maija] = [c.guardians[0]!, c.guardians[1]!];
    for (const g of [jari, maija]) {
      await fresh.db.consent.create({
        data: { collaborationId: c.id, guardianId: g.id, method: "WRITTEN", givenOn: new Date("2026-01-05"), invitableExpertise: [], mayShareInformation: true, recordedById: worker.id, recipients: { create: { unitId: org.unit.id } } },
      });
    }
    expect(await consentsCoveringShare(fresh.db, c.id, colleague.id, new Date("2026-03-01T10:00:00Z"))).toHaveLength(2);

    const other = await familyOfTwo();
    for (const g of other.guardians) {
      await fresh.db.consent.create({
        data: { collaborationId: other.id, guardianId: g.id, method: "WRITTEN", givenOn: new Date("2026-01-05"), invitableExpertise: [], validUntil: new Date("2026-02-28"), mayShareInformation: true, recordedById: worker.id, recipients: { create: { userId: colleague.id } } },
      });
    }
    expect(await consentsCoveringShare(fresh.db, other.id, colleague.id, new Date("2026-02-28T20:00:00Z"))).toHaveLength(2); // 22.00 Helsinki, still the 28th
    expect(await consentsCoveringShare(fresh.db, other.id, colleague.id, new Date("2026-02-28T22:30:00Z"))).toBeNull(); // 00.30 on 1 March in Helsinki

    const noSharing = await familyOfTwo();
    for (const g of noSharing.guardians) {
      await fresh.db.consent.create({
        data: { collaborationId: noSharing.id, guardianId: g.id, method: "VERBAL", givenOn: new Date("2026-01-05"), invitableExpertise: [], mayShareInformation: false, recordedById: worker.id, recipients: { create: { userId: colleague.id } } },
      });
    }
    expect(await consentsCoveringShare(fresh.db, noSharing.id, colleague.id)).toBeNull();
  });
});
