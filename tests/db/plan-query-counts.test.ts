// The plan page and its autosave read what they need once. The page asks one access question
// (planAccess: editor, reader or nothing) instead of probing three rules, and the save's policy
// hands the collaboration it checked to the save, which no longer reads it again.
// Before this design (measured on the same fixture): the page 16 statements, the save 9.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSecureAction } from "@/lib/actions/secure-action.ts";
import { savePlanDraftAction } from "@/lib/plans/actions.ts";
import { planAccess } from "@/lib/plans/policy.ts";
import { loadPlanForEditing } from "@/lib/plans/get-plan-for-editing.ts";
import { listCandidatesOf } from "@/lib/plans/list-responsible-candidates.ts";
import type { SessionUser } from "@/lib/auth/session-user.ts";
import type { Db } from "@/lib/db/types.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { buildCollaboration, buildOrganisation, buildUser } from "../fixtures/builders.ts";

let fresh: FreshDatabase;
let chair: SessionUser;
let collaborationId: string;

const draft = (version: number) => ({
  collaborationId,
  version,
  thingsNeedingChange: "Illat venyvät.",
  actions: [{ actionId: randomUUID(), setting: "HOME", description: "Iltarutiini", who: "Vanhemmat", dueDate: "", place: "" }],
  followUpWorkerToFamily: "",
  followUpFamilyToWorker: "",
  nextContactAt: "",
});

beforeAll(async () => {
  fresh = await freshDatabase();
  const org = await buildOrganisation(fresh.db);
  const u = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
  chair = { id: u.id, name: u.name, email: u.email, roles: u.roles, locale: u.locale };
  collaborationId = (await buildCollaboration(fresh.db, chair, { id: org.area.id, municipalityId: org.municipality.id })).id;
  const first = await runSecureAction(savePlanDraftAction, { db: fresh.db, user: chair }, draft(0));
  if (!first.ok) throw new Error(`fixture: ${JSON.stringify(first)}`);
});
afterAll(() => fresh?.close());

async function statements(run: (db: Db) => Promise<unknown>): Promise<number> {
  let n = 0;
  await run(fresh.newClient({ onQuery: () => n++ }));
  return n;
}

describe("the plan page and its autosave", () => {
  it("loads the editor's page (access, working copy, responsible candidates) in 13 statements, down from 16", async () => {
    const n = await statements(async (db) => {
      const access = await planAccess(db, chair, collaborationId);
      if (access?.kind !== "EDITOR") throw new Error("the chair edits the plan");
      await Promise.all([loadPlanForEditing(db, chair, access.collaboration), access.isOwner ? listCandidatesOf(db, collaborationId) : null]);
    });
    expect(n).toBeLessThanOrEqual(13);
  });

  it("saves a draft in 8 statements, down from 9: the policy's grant carries the family", async () => {
    const n = await statements(async (db) => {
      const r = await runSecureAction(savePlanDraftAction, { db, user: chair }, draft(1));
      expect(r).toMatchObject({ ok: true, data: { version: 2 } });
    });
    expect(n).toBeLessThanOrEqual(8);
  });
});
