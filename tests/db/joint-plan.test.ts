// Yhteinen suunnitelma: autosave that never overwrites (optimistic concurrency), the 5-minute soft
// lock, the family's responsible workers (one or a pair, professionals only, in the database too),
// immutable published versions, and who may read the plan — each read logged as a use or a
// disclosure.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSecureAction } from "@/lib/actions/secure-action.ts";
import { recordConsentAction, withdrawConsentAction } from "@/lib/consents/actions.ts";
import {
  acquirePlanLockAction,
  nameResponsibleWorkersAction,
  publishPlanAction,
  releasePlanLockAction,
  savePlanDraftAction,
} from "@/lib/plans/actions.ts";
import { acquirePlanLock } from "@/lib/plans/plan-lock.ts";
import { savePlanDraft } from "@/lib/plans/save-plan-draft.ts";
import { getPlanForEditing } from "@/lib/plans/get-plan-for-editing.ts";
import { getPlanForViewer } from "@/lib/plans/get-plan-for-viewer.ts";
import { listPlanVersions } from "@/lib/plans/list-plan-versions.ts";
import { planDraftSchema } from "@/lib/plans/schema.ts";
import type { PlanSnapshot } from "@/lib/plans/plan-snapshot.ts";
import { toHelsinkiWallClock } from "@/lib/time/helsinki-wall-clock.ts";
import type { SessionUser } from "@/lib/auth/session-user.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { buildCollaboration, buildMeeting, buildOrganisation, buildUser, consentInput } from "../fixtures/builders.ts";

let fresh: FreshDatabase;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let otherOrg: Awaited<ReturnType<typeof buildOrganisation>>;
let chair: SessionUser;
let teamMember: SessionUser;
let psychologist: SessionUser;
let familyWorker: SessionUser;
let nurse: SessionUser;
let schoolWorker: SessionUser;
let stranger: SessionUser;
let coordinator: SessionUser;
let admin: SessionUser;

const session = (u: { id: string; name: string; email: string; roles: SessionUser["roles"]; locale: SessionUser["locale"] }): SessionUser => ({ id: u.id, name: u.name, email: u.email, roles: u.roles, locale: u.locale });
const as = (user: SessionUser, db = fresh.db) => ({ db, user });
const DAY = 86_400_000;
const MINUTE = 60_000;
/** A Helsinki wall-clock time as `<input type="datetime-local">` sends it. */
const localDateTime = (instant: Date) => {
  const w = toHelsinkiWallClock(instant);
  return `${w.date}T${w.time}`;
};

beforeAll(async () => {
  fresh = await freshDatabase();
  org = await buildOrganisation(fresh.db);
  otherOrg = await buildOrganisation(fresh.db);
  chair = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id, name: "Liisa Lähinen" }));
  teamMember = session(await buildUser(fresh.db, { roles: ["TEAM_MEMBER"], name: "Tiina Tiimiläinen" }));
  psychologist = session(await buildUser(fresh.db, { roles: ["TEAM_MEMBER"], unitId: org.unit.id, name: "Pekka Psykologi" }));
  familyWorker = session(await buildUser(fresh.db, { roles: ["TEAM_MEMBER"], name: "Pirjo Perhetyöntekijä" }));
  nurse = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], name: "Noora Neuvola" }));
  schoolWorker = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: otherOrg.unit.id, name: "Kalle Koulukuraattori" }));
  stranger = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id }));
  coordinator = session(await buildUser(fresh.db, { roles: ["COORDINATOR"], scopeCountyId: org.county.id }));
  admin = session(await buildUser(fresh.db, { roles: ["ADMIN"] }));
});
afterAll(() => fresh?.close());

/** A family the chair works with; an invited team member takes part. */
async function family(guardians?: { firstName: string; lastName: string }[]) {
  const c = await buildCollaboration(fresh.db, chair, { id: org.area.id, municipalityId: org.municipality.id }, guardians);
  await fresh.db.collaborationMember.create({ data: { collaborationId: c.id, userId: teamMember.id, role: "INVITED" } });
  return c;
}

function action(setting: "HOME" | "EVERYDAY_ENVIRONMENT" | "ELSEWHERE", overrides: Record<string, unknown> = {}) {
  return { actionId: randomUUID(), setting, description: "Iltarutiini: sama nukkumaanmenoaika joka ilta", who: "Vanhemmat", dueDate: "", place: "", ...overrides };
}

/** The whole plan as the form sends it. */
function planInput(collaborationId: string, version: number, overrides: Record<string, unknown> = {}) {
  return {
    collaborationId,
    version,
    thingsNeedingChange: "Illat venyvät ja aamut ovat riitaisia.",
    actions: [
      action("HOME"),
      action("EVERYDAY_ENVIRONMENT", { description: "Päiväkodissa lepohetki ennen lounasta", who: "Varhaiskasvatuksen opettaja", dueDate: "2027-03-31" }),
      action("ELSEWHERE", { description: "Perheneuvolan vanhempainryhmä", who: "Isä", place: "Perheneuvola, Kuopio" }),
    ],
    followUpWorkerToFamily: "Soitan isälle kahden viikon välein tiistaisin.",
    followUpFamilyToWorker: "Perhe soittaa tai lähettää tekstiviestin arkisin klo 8–16.",
    nextContactAt: localDateTime(new Date(Date.now() + 14 * DAY)),
    ...overrides,
  };
}

async function nameResponsible(collaborationId: string, userIds: string[]) {
  const r = await runSecureAction(nameResponsibleWorkersAction, as(chair), { collaborationId, userIds, namedByFamily: true, familyAgreement: "Perhe valitsi itse." });
  if (!r.ok) throw new Error(`fixture: ${JSON.stringify(r)}`);
}

async function currentPlan(collaborationId: string) {
  return fresh.db.jointPlan.findUnique({ where: { collaborationId }, include: { actions: { orderBy: { sortOrder: "asc" } }, versions: true } });
}

describe("autosave", () => {
  it("creates the plan on the first save and moves the version on with every save", async () => {
    const f = await family();
    const first = await runSecureAction(savePlanDraftAction, as(chair), planInput(f.id, 0));
    expect(first).toMatchObject({ ok: true, data: { version: 1 } });
    const second = await runSecureAction(savePlanDraftAction, as(chair), planInput(f.id, 1, { thingsNeedingChange: "Tarkennettu" }));
    expect(second).toMatchObject({ ok: true, data: { version: 2 } });
    const plan = await currentPlan(f.id);
    expect(plan).toMatchObject({ version: 2, thingsNeedingChange: "Tarkennettu", lockedById: chair.id });
    expect(plan!.draftSavedAt).not.toBeNull();
    expect(plan!.actions.map((a) => [a.setting, a.place])).toEqual([["HOME", null], ["EVERYDAY_ENVIRONMENT", null], ["ELSEWHERE", "Perheneuvola, Kuopio"]]);
    expect(plan!.actions[1]!.dueDate?.toISOString().slice(0, 10)).toBe("2027-03-31");
    const audit = await fresh.db.auditEvent.findMany({ where: { action: "plan.draft.save", collaborationId: f.id } });
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit.map((a) => a.details))).not.toContain("Tarkennettu");
  });

  it("keeps an incomplete draft: nothing is required until publishing", async () => {
    const f = await family();
    const r = await runSecureAction(savePlanDraftAction, as(chair), {
      collaborationId: f.id,
      version: 0,
      thingsNeedingChange: "",
      actions: [action("HOME", { description: "", who: "" })],
      followUpWorkerToFamily: "",
      followUpFamilyToWorker: "",
      nextContactAt: "",
    });
    expect(r).toMatchObject({ ok: true, data: { version: 1 } });
  });

  it("lets exactly one of two saves from the same version win; the other gets a conflict and overwrites nothing", async () => {
    const f = await family();
    expect((await runSecureAction(savePlanDraftAction, as(chair), planInput(f.id, 0))).ok).toBe(true);
    const [a, b] = await Promise.all([
      runSecureAction(savePlanDraftAction, as(chair, fresh.db), planInput(f.id, 1, { thingsNeedingChange: "Versio A" })),
      runSecureAction(savePlanDraftAction, as(chair, fresh.newClient()), planInput(f.id, 1, { thingsNeedingChange: "Versio B" })),
    ]);
    const results = [a, b];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([expect.objectContaining({ status: 409, code: "CONFLICT", fieldErrors: { version: "staleVersion" } })]);
    const winner = a.ok ? "Versio A" : "Versio B";
    expect(await currentPlan(f.id)).toMatchObject({ version: 2, thingsNeedingChange: winner });

    // The loser's later retry from the stale version is refused too: never an overwrite.
    const stale = await runSecureAction(savePlanDraftAction, as(chair), planInput(f.id, 1, { thingsNeedingChange: "Myöhästynyt" }));
    expect(stale).toMatchObject({ ok: false, status: 409 });
    expect(await currentPlan(f.id)).toMatchObject({ version: 2, thingsNeedingChange: winner });
  });

  it("refuses a first save when someone else created the plan meanwhile", async () => {
    const f = await family();
    expect((await runSecureAction(savePlanDraftAction, as(chair), planInput(f.id, 0, { thingsNeedingChange: "Ensimmäinen" }))).ok).toBe(true);
    expect(await runSecureAction(savePlanDraftAction, as(chair), planInput(f.id, 0, { thingsNeedingChange: "Toinen" }))).toMatchObject({ ok: false, status: 409 });
    expect((await currentPlan(f.id))!.thingsNeedingChange).toBe("Ensimmäinen");
  });

  it("keeps each action's identity (and its follow-up status) across saves", async () => {
    const f = await family();
    const input = planInput(f.id, 0);
    await runSecureAction(savePlanDraftAction, as(chair), input);
    const [home, everyday, elsewhere] = input.actions;
    await fresh.db.planAction.update({ where: { id: everyday!.actionId }, data: { status: "IN_PROGRESS" } });
    const edited = [{ ...everyday!, description: "Lepohetki ennen lounasta ja iltapäivällä" }, home!, action("HOME", { description: "Uusi toimenpide" })];
    const r = await runSecureAction(savePlanDraftAction, as(chair), planInput(f.id, 1, { actions: edited }));
    expect(r.ok).toBe(true);
    const plan = await currentPlan(f.id);
    expect(plan!.actions.map((a) => [a.id, a.description, a.status])).toEqual([
      [everyday!.actionId, "Lepohetki ennen lounasta ja iltapäivällä", "IN_PROGRESS"],
      [home!.actionId, home!.description, "NOT_STARTED"],
      [edited[2]!.actionId, "Uusi toimenpide", "NOT_STARTED"],
    ]);
    expect(plan!.actions.some((a) => a.id === elsewhere!.actionId)).toBe(false);
    // The editor gets the same values back to continue from.
    const editing = await getPlanForEditing(fresh.db, chair, f.id);
    expect(editing.values).toMatchObject({ version: 2, nextContactAt: input.nextContactAt, actions: [{ actionId: everyday!.actionId, dueDate: "2027-03-31" }, {}, {}] });
    expect(planDraftSchema.safeParse(editing.values).success).toBe(true);
  });

  it("gives 404 to a forged save to someone else's plan, and writes nothing", async () => {
    const f = await family();
    await runSecureAction(savePlanDraftAction, as(chair), planInput(f.id, 0));
    for (const user of [stranger, teamMember, coordinator, admin]) {
      const r = await runSecureAction(savePlanDraftAction, as(user), planInput(f.id, 1, { thingsNeedingChange: "Väärennetty" }));
      expect(r).toMatchObject({ ok: false, status: 404 });
    }
    expect(await currentPlan(f.id)).toMatchObject({ version: 1, thingsNeedingChange: "Illat venyvät ja aamut ovat riitaisia." });

    // Nor can an action of that plan be pulled into one's own plan by its id.
    const own = await buildCollaboration(fresh.db, stranger, { id: org.area.id, municipalityId: org.municipality.id });
    const theirs = (await currentPlan(f.id))!.actions[0]!;
    const forged = await runSecureAction(savePlanDraftAction, as(stranger), planInput(own.id, 0, { actions: [action("HOME", { actionId: theirs.id, description: "Kaapattu" })] }));
    expect(forged).toMatchObject({ ok: false, status: 400, fieldErrors: { "actions.0.actionId": "invalidChoice" } });
    expect(await fresh.db.planAction.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ description: theirs.description, planId: theirs.planId });
    expect(await currentPlan(own.id)).toBeNull();
  });

  it("refuses over-long and unsafe text with field errors, keeping nothing of it", async () => {
    const f = await family();
    const r = await runSecureAction(
      savePlanDraftAction,
      as(chair),
      planInput(f.id, 0, { thingsNeedingChange: "a".repeat(4001), followUpWorkerToFamily: "<script>", actions: [action("HOME", { who: "b".repeat(201) })] }),
    );
    expect(r).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { thingsNeedingChange: "tooLong:4000", followUpWorkerToFamily: "invalidText", "actions.0.who": "tooLong:200" },
    });
    expect(await currentPlan(f.id)).toBeNull();
  });

  it("refuses a next-contact time that does not exist", async () => {
    const f = await family();
    const r = await runSecureAction(savePlanDraftAction, as(chair), planInput(f.id, 0, { nextContactAt: "2027-02-30T10:00" }));
    expect(r).toMatchObject({ ok: false, fieldErrors: { nextContactAt: "invalidDateTime" } });
  });
});

describe("soft lock", () => {
  it("shows a second editor who is editing and until when, and refuses their saves meanwhile", async () => {
    const f = await family();
    await nameResponsible(f.id, [psychologist.id]);
    await runSecureAction(savePlanDraftAction, as(chair), planInput(f.id, 0));
    const t0 = new Date();
    const mine = await fresh.db.$transaction((tx) => acquirePlanLock(tx, chair, f.id, t0));
    expect(mine).toEqual({ acquired: true, until: new Date(t0.getTime() + 5 * MINUTE) });

    const theirs = await fresh.db.$transaction((tx) => acquirePlanLock(tx, psychologist, f.id, new Date(t0.getTime() + 2 * MINUTE)));
    expect(theirs).toEqual({ acquired: false, lockedBy: "Liisa Lähinen", until: new Date(t0.getTime() + 5 * MINUTE) });
    const blocked = await runSecureAction(savePlanDraftAction, as(psychologist), planInput(f.id, 1, { thingsNeedingChange: "Psykologin versio" }));
    expect(blocked).toMatchObject({ ok: false, status: 409, fieldErrors: { _form: "planLocked" } });
    expect((await currentPlan(f.id))!.thingsNeedingChange).toBe("Illat venyvät ja aamut ovat riitaisia.");
    expect((await getPlanForEditing(fresh.db, psychologist, f.id)).lockedBy).toMatchObject({ name: "Liisa Lähinen" });

    // The holder's own saves go through and extend the lock.
    expect((await runSecureAction(savePlanDraftAction, as(chair), planInput(f.id, 1))).ok).toBe(true);
  });

  it("expires after five minutes without activity, and the next editor takes over", async () => {
    const f = await family();
    await nameResponsible(f.id, [psychologist.id]);
    const t0 = new Date(Date.now() - 10 * MINUTE);
    await fresh.db.$transaction((tx) => acquirePlanLock(tx, chair, f.id, t0));
    const justBefore = await fresh.db.$transaction((tx) => acquirePlanLock(tx, psychologist, f.id, new Date(t0.getTime() + 5 * MINUTE - 1000)));
    expect(justBefore).toMatchObject({ acquired: false, lockedBy: "Liisa Lähinen" });
    const after = await fresh.db.$transaction((tx) => acquirePlanLock(tx, psychologist, f.id, new Date(t0.getTime() + 5 * MINUTE)));
    expect(after).toEqual({ acquired: true, until: new Date(t0.getTime() + 10 * MINUTE) });
    // Now the first editor is the one told to wait (and the lock's own draft is still "version 0").
    const back = await fresh.db.$transaction((tx) => acquirePlanLock(tx, chair, f.id, new Date(t0.getTime() + 6 * MINUTE)));
    expect(back).toMatchObject({ acquired: false, lockedBy: "Pekka Psykologi" });
    const saved = await fresh.db.$transaction((tx) => savePlanDraft(tx, psychologist, f, planDraftSchema.parse(planInput(f.id, 0)), new Date(t0.getTime() + 7 * MINUTE)));
    expect(saved.version).toBe(2);
  });

  it("is released on leaving the editor and on publishing", async () => {
    const f = await family();
    await nameResponsible(f.id, [psychologist.id]);
    expect(await runSecureAction(acquirePlanLockAction, as(chair), { collaborationId: f.id })).toMatchObject({ ok: true, data: { acquired: true } });
    expect(await runSecureAction(acquirePlanLockAction, as(psychologist), { collaborationId: f.id })).toMatchObject({ ok: true, data: { acquired: false, lockedBy: "Liisa Lähinen" } });
    // Someone else cannot release it; the holder can.
    expect(await runSecureAction(releasePlanLockAction, as(psychologist), { collaborationId: f.id })).toMatchObject({ ok: true, data: { released: false } });
    expect(await runSecureAction(releasePlanLockAction, as(chair), { collaborationId: f.id })).toMatchObject({ ok: true, data: { released: true } });
    expect(await runSecureAction(acquirePlanLockAction, as(psychologist), { collaborationId: f.id })).toMatchObject({ ok: true, data: { acquired: true } });

    const published = await runSecureAction(publishPlanAction, as(psychologist), planInput(f.id, 0));
    expect(published).toMatchObject({ ok: true });
    expect(await currentPlan(f.id)).toMatchObject({ lockedById: null, lockedUntil: null });
    expect(await runSecureAction(acquirePlanLockAction, as(stranger), { collaborationId: f.id })).toMatchObject({ ok: false, status: 404 });
  });
});

describe("responsible workers", () => {
  it("records the one the family named, with the agreement, and gives them access to the family", async () => {
    const f = await family();
    const r = await runSecureAction(nameResponsibleWorkersAction, as(chair), { collaborationId: f.id, userIds: [psychologist.id], namedByFamily: true, familyAgreement: "Äiti toivoi Pekkaa." });
    expect(r).toMatchObject({ ok: true });
    const rows = await fresh.db.responsibleWorker.findMany({ where: { collaborationId: f.id } });
    expect(rows).toEqual([expect.objectContaining({ userId: psychologist.id, slot: 1, familyAgreement: "Äiti toivoi Pekkaa.", assignedById: chair.id, endedAt: null })]);
    expect(await fresh.db.collaborationMember.findFirst({ where: { collaborationId: f.id, userId: psychologist.id, role: "RESPONSIBLE", removedAt: null } })).not.toBeNull();
    expect(await fresh.db.auditEvent.findFirst({ where: { action: "plan.responsible.name", collaborationId: f.id } })).toMatchObject({ kind: "CHANGE" });
  });

  it("takes a pair, and a new choice ends the earlier assignments (history kept, access ended)", async () => {
    const f = await family();
    await nameResponsible(f.id, [psychologist.id, familyWorker.id]);
    await nameResponsible(f.id, [familyWorker.id, nurse.id]);
    const rows = await fresh.db.responsibleWorker.findMany({ where: { collaborationId: f.id }, orderBy: { startedAt: "asc" } });
    const active = rows.filter((r) => r.endedAt === null).map((r) => [r.userId, r.slot]);
    expect(active).toEqual(expect.arrayContaining([[familyWorker.id, 1], [nurse.id, 2]]));
    expect(active).toHaveLength(2);
    expect(rows.filter((r) => r.endedAt !== null).map((r) => r.userId).sort()).toEqual([psychologist.id, familyWorker.id].sort());
    const psychologistMember = await fresh.db.collaborationMember.findFirstOrThrow({ where: { collaborationId: f.id, userId: psychologist.id, role: "RESPONSIBLE" } });
    expect(psychologistMember.removedAt).not.toBeNull();
    await expect(getPlanForEditing(fresh.db, psychologist, f.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses three, a non-professional, or a choice the family did not make — writing nothing", async () => {
    const f = await family();
    const three = await runSecureAction(nameResponsibleWorkersAction, as(chair), { collaborationId: f.id, userIds: [psychologist.id, familyWorker.id, nurse.id], namedByFamily: true, familyAgreement: "" });
    expect(three).toMatchObject({ ok: false, status: 400, fieldErrors: { userIds: "tooManyResponsible" } });
    for (const user of [coordinator, admin]) {
      const r = await runSecureAction(nameResponsibleWorkersAction, as(chair), { collaborationId: f.id, userIds: [psychologist.id, user.id], namedByFamily: true, familyAgreement: "" });
      expect(r).toMatchObject({ ok: false, status: 400, fieldErrors: { "userIds.1": "notProfessional" } });
    }
    const notFamily = await runSecureAction(nameResponsibleWorkersAction, as(chair), { collaborationId: f.id, userIds: [psychologist.id], namedByFamily: false, familyAgreement: "" });
    expect(notFamily).toMatchObject({ ok: false, fieldErrors: { namedByFamily: "familyMustName" } });
    const twice = await runSecureAction(nameResponsibleWorkersAction, as(chair), { collaborationId: f.id, userIds: [psychologist.id, psychologist.id], namedByFamily: true, familyAgreement: "" });
    expect(twice).toMatchObject({ ok: false, fieldErrors: { userIds: "duplicateResponsible" } });
    const ghost = await runSecureAction(nameResponsibleWorkersAction, as(chair), { collaborationId: f.id, userIds: [randomUUID()], namedByFamily: true, familyAgreement: "" });
    expect(ghost).toMatchObject({ ok: false, fieldErrors: { "userIds.0": "invalidChoice" } });
    expect(await fresh.db.responsibleWorker.count({ where: { collaborationId: f.id } })).toBe(0);
    expect(await fresh.db.collaborationMember.count({ where: { collaborationId: f.id, role: "RESPONSIBLE" } })).toBe(0);
  });

  it("is recorded by the chair only", async () => {
    const f = await family();
    await nameResponsible(f.id, [psychologist.id]);
    for (const user of [psychologist, teamMember, stranger]) {
      const r = await runSecureAction(nameResponsibleWorkersAction, as(user), { collaborationId: f.id, userIds: [user.id], namedByFamily: true, familyAgreement: "" });
      expect(r).toMatchObject({ ok: false, status: 404 });
    }
  });

  it("is at most two in the database too, whatever writes the rows", async () => {
    const f = await family();
    await nameResponsible(f.id, [psychologist.id, familyWorker.id]);
    const insert = (userId: string, slot: number) =>
      fresh.db.$executeRaw`INSERT INTO "ResponsibleWorker" (id, "collaborationId", "userId", slot, "assignedById") VALUES (gen_random_uuid(), ${f.id}::uuid, ${userId}::uuid, ${slot}, ${chair.id}::uuid)`;
    await expect(insert(nurse.id, 3)).rejects.toThrow(); // no third slot
    await expect(insert(nurse.id, 1)).rejects.toThrow(); // slot 1 is taken
    await expect(insert(psychologist.id, 2)).rejects.toThrow(); // slot 2 taken, and the same person twice
    expect(await fresh.db.responsibleWorker.count({ where: { collaborationId: f.id, endedAt: null } })).toBe(2);
  });
});

describe("publishing", () => {
  it("refuses an empty plan with a field error on every missing part, and writes nothing", async () => {
    const f = await family();
    await nameResponsible(f.id, [psychologist.id]);
    const r = await runSecureAction(publishPlanAction, as(chair), {
      collaborationId: f.id,
      version: 0,
      thingsNeedingChange: "",
      actions: [],
      followUpWorkerToFamily: "",
      followUpFamilyToWorker: "",
      nextContactAt: "",
    });
    expect(r).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { thingsNeedingChange: "required", actions: "atLeastOneAction", followUpWorkerToFamily: "required", followUpFamilyToWorker: "required", nextContactAt: "required" },
    });
    const incomplete = await runSecureAction(publishPlanAction, as(chair), planInput(f.id, 0, { actions: [action("ELSEWHERE", { place: "", who: "" })] }));
    expect(incomplete).toMatchObject({ ok: false, fieldErrors: { "actions.0.place": "required", "actions.0.who": "required" } });
    expect(await currentPlan(f.id)).toBeNull();
  });

  it("refuses a next contact in the past, or no responsible worker, keeping the saved draft as it was", async () => {
    const f = await family();
    await runSecureAction(savePlanDraftAction, as(chair), planInput(f.id, 0));
    const noOne = await runSecureAction(publishPlanAction, as(chair), planInput(f.id, 1, { thingsNeedingChange: "Muutettu" }));
    expect(noOne).toMatchObject({ ok: false, status: 400, fieldErrors: { responsibleWorkers: "responsibleRequired" } });
    await nameResponsible(f.id, [psychologist.id]);
    const past = await runSecureAction(publishPlanAction, as(chair), planInput(f.id, 1, { thingsNeedingChange: "Muutettu", nextContactAt: localDateTime(new Date(Date.now() - DAY)) }));
    expect(past).toMatchObject({ ok: false, status: 400, fieldErrors: { nextContactAt: "timeInPast" } });
    const plan = await currentPlan(f.id);
    expect(plan).toMatchObject({ version: 1, thingsNeedingChange: "Illat venyvät ja aamut ovat riitaisia." });
    expect(plan!.versions).toEqual([]);
    expect((await fresh.db.collaboration.findUniqueOrThrow({ where: { id: f.id } })).status).toBe("CONCERN_RAISED");
  });

  it("freezes the plan as version 1 with the responsible workers' names and contacts, and activates the plan", async () => {
    const f = await family();
    const meeting = await buildMeeting(fresh.db, f.id, chair);
    await nameResponsible(f.id, [psychologist.id, nurse.id]);
    const input = planInput(f.id, 0, { meetingId: meeting.id });
    const r = await runSecureAction(publishPlanAction, as(chair), input);
    expect(r).toMatchObject({ ok: true, data: { versionNumber: 1, version: 1 } });
    const v = await fresh.db.jointPlanVersion.findFirstOrThrow({ where: { plan: { collaborationId: f.id } } });
    expect(v).toMatchObject({ versionNumber: 1, meetingId: meeting.id, publishedById: chair.id });
    const snapshot = v.snapshot as unknown as PlanSnapshot;
    expect(snapshot).toMatchObject({
      thingsNeedingChange: input.thingsNeedingChange,
      followUpWorkerToFamily: input.followUpWorkerToFamily,
      followUpFamilyToWorker: input.followUpFamilyToWorker,
      responsibleWorkers: [
        { userId: psychologist.id, slot: 1, name: "Pekka Psykologi", title: "varhaiskasvatuksen opettaja", email: psychologist.email, unit: org.unit.name },
        { userId: nurse.id, slot: 2, name: "Noora Neuvola", email: nurse.email, unit: null },
      ],
    });
    expect(snapshot.actions.map((a) => [a.setting, a.who, a.dueDate, a.place])).toEqual([
      ["HOME", "Vanhemmat", null, null],
      ["EVERYDAY_ENVIRONMENT", "Varhaiskasvatuksen opettaja", "2027-03-31", null],
      ["ELSEWHERE", "Isä", null, "Perheneuvola, Kuopio"],
    ]);
    expect(localDateTime(new Date(snapshot.nextContactAt))).toBe(input.nextContactAt);
    expect((await fresh.db.collaboration.findUniqueOrThrow({ where: { id: f.id } })).status).toBe("PLAN_ACTIVE");
    const audit = await fresh.db.auditEvent.findFirstOrThrow({ where: { action: "plan.publish", collaborationId: f.id } });
    expect(audit).toMatchObject({ kind: "CHANGE", objectId: v.id, familyId: f.familyId });
    expect(JSON.stringify(audit.details)).not.toContain("Illat");
  });

  it("makes a new version for later edits; earlier versions never change, in the database too", async () => {
    const f = await family();
    await nameResponsible(f.id, [psychologist.id]);
    const first = await runSecureAction(publishPlanAction, as(chair), planInput(f.id, 0));
    if (!first.ok) throw new Error(JSON.stringify(first));
    // Later, the responsible worker updates the plan with the family.
    await runSecureAction(savePlanDraftAction, as(psychologist), planInput(f.id, first.data.version, { thingsNeedingChange: "Aamut sujuvat, illat vielä vaikeita." }));
    const second = await runSecureAction(publishPlanAction, as(psychologist), planInput(f.id, first.data.version + 1, { thingsNeedingChange: "Aamut sujuvat, illat vielä vaikeita." }));
    expect(second).toMatchObject({ ok: true, data: { versionNumber: 2 } });

    const versions = await listPlanVersions(fresh.db, chair, f.id);
    expect(versions.map((v) => [v.versionNumber, v.publishedBy])).toEqual([[2, "Pekka Psykologi"], [1, "Liisa Lähinen"]]);
    expect((await getPlanForViewer(fresh.db, chair, f.id))!.plan.thingsNeedingChange).toBe("Aamut sujuvat, illat vielä vaikeita.");
    const v1 = await getPlanForViewer(fresh.db, chair, f.id, { versionNumber: 1 });
    expect(v1).toMatchObject({ versionNumber: 1, latestVersionNumber: 2, plan: { thingsNeedingChange: "Illat venyvät ja aamut ovat riitaisia." } });
    await expect(getPlanForViewer(fresh.db, chair, f.id, { versionNumber: 3 })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const stored = await fresh.db.jointPlanVersion.findFirstOrThrow({ where: { plan: { collaborationId: f.id }, versionNumber: 1 } });
    await expect(fresh.db.jointPlanVersion.update({ where: { id: stored.id }, data: { snapshot: { thingsNeedingChange: "muokattu" } } })).rejects.toThrow(/JointPlanVersion_immutable/);
    await expect(fresh.db.jointPlanVersion.update({ where: { id: stored.id }, data: { versionNumber: 7 } })).rejects.toThrow(/JointPlanVersion_immutable/);
  });

  it("is refused once the collaboration is closed", async () => {
    const f = await family();
    await nameResponsible(f.id, [psychologist.id]);
    await fresh.db.collaboration.update({ where: { id: f.id }, data: { status: "CLOSED" } });
    expect(await runSecureAction(publishPlanAction, as(chair), planInput(f.id, 0))).toMatchObject({ ok: false, status: 403 });
    expect(await runSecureAction(savePlanDraftAction, as(psychologist), planInput(f.id, 0))).toMatchObject({ ok: false, status: 403 });
    expect(await currentPlan(f.id)).toBeNull();
  });
});

describe("who may read the published plan", () => {
  /** A family of two guardians with a published plan; psychologist responsible. */
  async function publishedFamily() {
    const f = await family([
      { firstName: "Maija", lastName: "Rautio" },
      { firstName: "Jari", lastName: "Rautio" },
    ]);
    await nameResponsible(f.id, [psychologist.id]);
    const r = await runSecureAction(publishPlanAction, as(chair), planInput(f.id, 0));
    if (!r.ok) throw new Error(JSON.stringify(r));
    return f;
  }

  /** Every guardian's consent to share with the school social worker (as the consent gate requires). */
  async function consentToShareWith(f: Awaited<ReturnType<typeof publishedFamily>>, recipient: SessionUser, guardians = f.guardians) {
    const ids: string[] = [];
    for (const g of guardians) {
      const r = await runSecureAction(recordConsentAction, as(chair), consentInput(f.id, g.id, { mayShareInformation: true, recipientUserIds: [recipient.id] }));
      if (!r.ok) throw new Error(JSON.stringify(r));
      ids.push(r.data.id);
    }
    return ids;
  }

  it("is read by the responsible worker, the chair and the participants, each read logged as use (ACCESS)", async () => {
    const f = await publishedFamily();
    for (const user of [psychologist, chair, teamMember]) {
      const view = await getPlanForViewer(fresh.db, user, f.id);
      expect(view).toMatchObject({ versionNumber: 1, familyLanguage: "fi", plan: { responsibleWorkers: [{ name: "Pekka Psykologi" }] } });
      const events = await fresh.db.auditEvent.findMany({ where: { collaborationId: f.id, actorId: user.id, action: "plan.read" } });
      expect(events).toEqual([expect.objectContaining({ kind: "ACCESS", familyId: f.familyId, recipient: null, objectType: "JointPlanVersion" })]);
    }
  });

  it("is disclosed to a party every guardian's consent names, logged as a DISCLOSURE to them", async () => {
    const f = await publishedFamily();
    const consentIds = await consentToShareWith(f, schoolWorker);
    const view = await getPlanForViewer(fresh.db, schoolWorker, f.id);
    expect(view?.plan.thingsNeedingChange).toBe("Illat venyvät ja aamut ovat riitaisia.");
    const event = await fresh.db.auditEvent.findFirstOrThrow({ where: { collaborationId: f.id, actorId: schoolWorker.id } });
    expect(event).toMatchObject({ kind: "DISCLOSURE", action: "plan.disclose", recipient: schoolWorker.id, familyId: f.familyId });
    expect((event.details as { consentIds: string[] }).consentIds.sort()).toEqual(consentIds.sort());
    expect(JSON.stringify(event.details)).not.toContain("Illat");
    // The history is disclosed the same way.
    await listPlanVersions(fresh.db, schoolWorker, f.id);
    expect(await fresh.db.auditEvent.findFirst({ where: { actorId: schoolWorker.id, action: "plan.versions.disclose" } })).toMatchObject({ kind: "DISCLOSURE", recipient: schoolWorker.id });
  });

  it("is not available when only one guardian consented, or once the consent is withdrawn", async () => {
    const f = await publishedFamily();
    await consentToShareWith(f, schoolWorker, f.guardians.slice(0, 1));
    await expect(getPlanForViewer(fresh.db, schoolWorker, f.id)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const g = await publishedFamily();
    const [first] = await consentToShareWith(g, schoolWorker);
    expect(await getPlanForViewer(fresh.db, schoolWorker, g.id)).not.toBeNull();
    await runSecureAction(withdrawConsentAction, as(chair), { consentId: first! });
    await expect(getPlanForViewer(fresh.db, schoolWorker, g.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("does not exist for strangers, coordinators, admins or a worker who declined, and nothing is logged as read", async () => {
    const f = await publishedFamily();
    await fresh.db.collaborationMember.create({ data: { collaborationId: f.id, userId: familyWorker.id, role: "INVITED", removedAt: new Date() } });
    for (const user of [stranger, coordinator, admin, familyWorker, schoolWorker]) {
      await expect(getPlanForViewer(fresh.db, user, f.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(listPlanVersions(fresh.db, user, f.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(getPlanForViewer(fresh.db, chair, randomUUID())).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await fresh.db.auditEvent.count({ where: { collaborationId: f.id, actorId: { in: [stranger.id, coordinator.id, admin.id, familyWorker.id, schoolWorker.id] } } })).toBe(0);
  });

  it("shows participants that nothing is published yet, without logging a read", async () => {
    const f = await family();
    expect(await getPlanForViewer(fresh.db, chair, f.id)).toBeNull();
    expect(await fresh.db.auditEvent.count({ where: { collaborationId: f.id, action: "plan.read" } })).toBe(0);
  });
});
