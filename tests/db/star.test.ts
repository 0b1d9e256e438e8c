// Hyvinvoinnin tähti: the areas are a versioned template (published versions never change, old
// reviews keep theirs), the chair records one review per meeting validated against its template,
// and the people taking part read every review of the family, each read written to the use log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSecureAction } from "@/lib/actions/secure-action.ts";
import { publishTemplateAction, saveStarReviewAction } from "@/lib/star/actions.ts";
import { getCurrentTemplate } from "@/lib/star/get-current-template.ts";
import { listStarReviews } from "@/lib/star/list-star-reviews.ts";
import type { SessionUser } from "@/lib/auth/session-user.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { buildCollaboration, buildMeeting, buildOrganisation, buildStarTemplate, buildUser } from "../fixtures/builders.ts";

let fresh: FreshDatabase;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let v1: Awaited<ReturnType<typeof buildStarTemplate>>;
let chair: SessionUser;
let teamMember: SessionUser;
let stranger: SessionUser;
let coordinator: SessionUser;
let admin: SessionUser;

const session = (u: { id: string; name: string; email: string; roles: SessionUser["roles"]; locale: SessionUser["locale"] }): SessionUser => ({ id: u.id, name: u.name, email: u.email, roles: u.roles, locale: u.locale });
const as = (user: SessionUser) => ({ db: fresh.db, user });
const blank = { strengthsChild: "", strengthsParents: "", strengthsProfessionals: "", worriesChild: "", worriesParents: "", worriesProfessionals: "", rating: "" };

beforeAll(async () => {
  fresh = await freshDatabase();
  org = await buildOrganisation(fresh.db);
  v1 = await buildStarTemplate(fresh.db);
  chair = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id }));
  teamMember = session(await buildUser(fresh.db, { roles: ["TEAM_MEMBER"] }));
  stranger = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id }));
  coordinator = session(await buildUser(fresh.db, { roles: ["COORDINATOR"], scopeCountyId: org.county.id }));
  admin = session(await buildUser(fresh.db, { roles: ["ADMIN"] }));
});
afterAll(() => fresh?.close());

/** A family whose joint meeting the chair runs, with an invited team member taking part. */
async function familyWithMeeting() {
  const c = await buildCollaboration(fresh.db, chair, { id: org.area.id, municipalityId: org.municipality.id });
  await fresh.db.collaborationMember.create({ data: { collaborationId: c.id, userId: teamMember.id, role: "INVITED" } });
  const meeting = await buildMeeting(fresh.db, c.id, chair);
  return { ...c, meeting };
}

function newAreas(prefix: string) {
  return [
    { key: "child_health", parentKey: "", labelFi: `${prefix} Lapsen terveys`, labelSv: "Barnets hälsa", labelEn: "Child's health", sortOrder: 1 },
    { key: "child_strengths", parentKey: "child_health", labelFi: "Lapsen vahvuudet", labelSv: "Barnets styrkor", labelEn: "Child's strengths", sortOrder: 2 },
    { key: "child_self_perception", parentKey: "", labelFi: "Lapsen käsitys itsestään", labelSv: "Barnets självbild", labelEn: "Child's self-perception", sortOrder: 3 },
  ];
}

describe("template versions", () => {
  it("serves the latest published version, sub-areas grouped under their side", async () => {
    const t = await getCurrentTemplate(fresh.db);
    expect(t?.version).toBe(v1.version);
    expect(t!.sides.map((s) => s.key)).toEqual([
      "child_health",
      "parenting",
      "social_wellbeing",
      "child_experience_relationships_safety",
      "child_experience_self_perception",
      "child_experience_everyday_life",
    ]);
    expect(t!.sides[0]!.subAreas.map((a) => a.labelFi)).toEqual(["Lapsen vahvuudet", "Lapsen toimintakyky", "Lapsen omat arjen ympäristöt"]);
    expect(t!.sides[1]!.subAreas).toHaveLength(4);
    expect(t!.sides[3]!.subAreas).toEqual([]);
    expect(t!.areas).toHaveLength(16);
  });

  it("lets only an admin publish a new version; everyone else is told it does not exist", async () => {
    const before = await fresh.db.starTemplate.count();
    for (const user of [chair, coordinator]) {
      const r = await runSecureAction(publishTemplateAction, as(user), { source: "", areas: newAreas("X") });
      expect(r).toMatchObject({ ok: false, status: 404 });
    }
    expect(await fresh.db.starTemplate.count()).toBe(before);
  });

  it("refuses a template with duplicate keys, an unknown side or three levels, writing nothing", async () => {
    const before = await fresh.db.starTemplate.count();
    const areas = newAreas("Y");
    const r = await runSecureAction(publishTemplateAction, as(admin), {
      source: "",
      areas: [
        ...areas,
        { ...areas[2]!, sortOrder: 4 },
        { ...areas[1]!, key: "orphan", parentKey: "no_such_side", sortOrder: 5 },
        { ...areas[1]!, key: "grandchild", parentKey: "child_strengths", sortOrder: 6 },
      ],
    });
    expect(r).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { "areas.3.key": "duplicateKey", "areas.4.parentKey": "unknownParent", "areas.5.parentKey": "nestedTooDeep" },
    });
    const empty = await runSecureAction(publishTemplateAction, as(admin), { source: "", areas: [] });
    expect(empty).toMatchObject({ ok: false, fieldErrors: { areas: "atLeastOneArea" } });
    expect(await fresh.db.starTemplate.count()).toBe(before);
  });

  it("never changes a published version, in the database too; a draft may still change", async () => {
    const area = v1.areas[0]!;
    await expect(fresh.db.starArea.update({ where: { id: area.id }, data: { labelFi: "Muutettu" } })).rejects.toThrow(/published_immutable/);
    await expect(fresh.db.starArea.delete({ where: { id: v1.areas[15]!.id } })).rejects.toThrow(/published_immutable/);
    await expect(fresh.db.starTemplate.update({ where: { id: v1.id }, data: { source: "muutettu" } })).rejects.toThrow(/published_immutable/);
    await expect(fresh.db.starTemplate.update({ where: { id: v1.id }, data: { status: "DRAFT" } })).rejects.toThrow(/published_immutable/);
    await expect(fresh.db.starTemplate.delete({ where: { id: v1.id } })).rejects.toThrow(/published_immutable/);
    expect((await fresh.db.starArea.findUniqueOrThrow({ where: { id: area.id } })).labelFi).toBe(area.labelFi);

    const draft = await fresh.db.starTemplate.create({ data: { version: 900, status: "DRAFT", areas: { create: { key: "x_area", sortOrder: 1, labelFi: "a", labelSv: "a", labelEn: "a" } } }, include: { areas: true } });
    await expect(fresh.db.starArea.update({ where: { id: draft.areas[0]!.id }, data: { labelFi: "b" } })).resolves.toBeTruthy();
    await fresh.db.starTemplate.delete({ where: { id: draft.id } });
  });

  it("keeps old reviews on their version when a new one is published", async () => {
    const f = await familyWithMeeting();
    const first = await runSecureAction(saveStarReviewAction, as(chair), {
      meetingId: f.meeting.id,
      templateId: v1.id,
      entries: [{ ...blank, areaKey: "child_health", strengthsChild: "Leikkii mielellään", rating: 3 }],
    });
    expect(first.ok).toBe(true);

    const published = await runSecureAction(publishTemplateAction, as(admin), { source: "THL 2026", areas: newAreas("Uusi") });
    expect(published).toMatchObject({ ok: true, data: { version: v1.version + 1 } });
    if (!published.ok) return;
    const current = await getCurrentTemplate(fresh.db);
    expect(current).toMatchObject({ id: published.data.id, version: v1.version + 1, source: "THL 2026" });
    expect(current!.sides.map((s) => s.key)).toEqual(["child_health", "child_self_perception"]);
    const audit = await fresh.db.auditEvent.findFirstOrThrow({ where: { action: "star.template.publish", objectId: published.data.id } });
    expect(audit).toMatchObject({ kind: "CHANGE", actorId: admin.id });

    // The earlier review still names v1, still saves on v1, and cannot be moved to v2 by a stale form.
    const again = await runSecureAction(saveStarReviewAction, as(chair), {
      meetingId: f.meeting.id,
      templateId: v1.id,
      entries: [{ ...blank, areaKey: "parent_functioning", worriesParents: "Väsymys", rating: 2 }],
    });
    expect(again.ok).toBe(true);
    const moved = await runSecureAction(saveStarReviewAction, as(chair), { meetingId: f.meeting.id, templateId: published.data.id, entries: [] });
    expect(moved).toMatchObject({ ok: false, status: 409, fieldErrors: { templateId: "templateChanged" } });

    // A follow-up meeting's review uses the new version; the list shows each with its own.
    const followUp = await buildMeeting(fresh.db, f.id, chair, { kind: "FOLLOW_UP", startsAt: new Date(Date.now() + 50 * 86_400_000) });
    const second = await runSecureAction(saveStarReviewAction, as(chair), {
      meetingId: followUp.id,
      templateId: published.data.id,
      entries: [{ ...blank, areaKey: "child_health", rating: 4 }],
    });
    expect(second.ok).toBe(true);
    const reviews = await listStarReviews(fresh.db, chair, f.id);
    expect(reviews.map((r) => r.template.version)).toEqual([v1.version, v1.version + 1]);
    expect(reviews.map((r) => r.entries.map((e) => [e.area.key, e.rating]))).toEqual([[["parent_functioning", 2]], [["child_health", 4]]]);
  });
});

describe("recording the review", () => {
  it("keeps the child's, the parents' and the professionals' views apart, with an optional 1–5 rating", async () => {
    const f = await familyWithMeeting();
    const r = await runSecureAction(saveStarReviewAction, as(chair), {
      meetingId: f.meeting.id,
      templateId: v1.id,
      entries: [
        { ...blank, areaKey: "child_strengths", strengthsChild: "Osaan piirtää", strengthsParents: "Sinnikäs", worriesProfessionals: "Keskittyminen", rating: "4" },
        { ...blank, areaKey: "family_history", worriesParents: "Muutto" },
        { ...blank, areaKey: "services" },
      ],
    });
    expect(r).toMatchObject({ ok: true });
    const review = await fresh.db.starReview.findUniqueOrThrow({ where: { meetingId: f.meeting.id }, include: { entries: { include: { area: true }, orderBy: { area: { sortOrder: "asc" } } } } });
    expect(review).toMatchObject({ templateId: v1.id, collaborationId: f.id, recordedById: chair.id });
    // An area left empty is not recorded.
    expect(review.entries.map((e) => [e.area.key, e.strengthsChild, e.strengthsParents, e.worriesProfessionals, e.worriesParents, e.rating])).toEqual([
      ["child_strengths", "Osaan piirtää", "Sinnikäs", "Keskittyminen", null, 4],
      ["family_history", null, null, null, "Muutto", null],
    ]);
    const audit = await fresh.db.auditEvent.findFirstOrThrow({ where: { action: "star.review.save", objectId: review.id } });
    expect(audit).toMatchObject({ kind: "CHANGE", familyId: f.familyId, collaborationId: f.id });
    expect(JSON.stringify(audit.details)).not.toContain("piirtää");
  });

  it("saves again into the same review: one review per meeting, entries replaced by what the form shows", async () => {
    const f = await familyWithMeeting();
    const save = (entries: object[]) => runSecureAction(saveStarReviewAction, as(chair), { meetingId: f.meeting.id, templateId: v1.id, entries });
    expect((await save([{ ...blank, areaKey: "child_strengths", rating: 2 }, { ...blank, areaKey: "services", worriesChild: "Ei kavereita" }])).ok).toBe(true);
    expect((await save([{ ...blank, areaKey: "child_strengths", rating: 3, strengthsChild: "Uusi" }])).ok).toBe(true);
    expect(await fresh.db.starReview.count({ where: { meetingId: f.meeting.id } })).toBe(1);
    const entries = await fresh.db.starReviewEntry.findMany({ where: { review: { meetingId: f.meeting.id } }, include: { area: true } });
    expect(entries.map((e) => [e.area.key, e.rating, e.strengthsChild])).toEqual([["child_strengths", 3, "Uusi"]]);
  });

  it("accepts only areas of the review's template, each once, and writes nothing otherwise", async () => {
    const f = await familyWithMeeting();
    const r = await runSecureAction(saveStarReviewAction, as(chair), {
      meetingId: f.meeting.id,
      templateId: v1.id,
      entries: [{ ...blank, areaKey: "child_strengths", rating: 2 }, { ...blank, areaKey: "no_such_area", rating: 2 }],
    });
    expect(r).toMatchObject({ ok: false, status: 400, fieldErrors: { "entries.1.areaKey": "unknownArea" } });
    const dup = await runSecureAction(saveStarReviewAction, as(chair), {
      meetingId: f.meeting.id,
      templateId: v1.id,
      entries: [{ ...blank, areaKey: "services", rating: 2 }, { ...blank, areaKey: "services", rating: 3 }],
    });
    expect(dup).toMatchObject({ ok: false, status: 400, fieldErrors: { "entries.1.areaKey": "duplicateArea" } });
    const draftTemplate = await fresh.db.starTemplate.create({ data: { version: 901, status: "DRAFT" } });
    const unpublished = await runSecureAction(saveStarReviewAction, as(chair), { meetingId: f.meeting.id, templateId: draftTemplate.id, entries: [] });
    expect(unpublished).toMatchObject({ ok: false, fieldErrors: { templateId: "invalidChoice" } });
    expect(await fresh.db.starReview.count({ where: { meetingId: f.meeting.id } })).toBe(0);
  });

  it("rates on the 1–5 scale only (and the database refuses anything else too)", async () => {
    const f = await familyWithMeeting();
    for (const rating of [0, 6, 2.5, "kolme"]) {
      const r = await runSecureAction(saveStarReviewAction, as(chair), { meetingId: f.meeting.id, templateId: v1.id, entries: [{ ...blank, areaKey: "services", rating }] });
      expect(r).toMatchObject({ ok: false, status: 400, fieldErrors: { "entries.0.rating": "ratingRange" } });
    }
    const ok = await runSecureAction(saveStarReviewAction, as(chair), { meetingId: f.meeting.id, templateId: v1.id, entries: [{ ...blank, areaKey: "services", rating: 5 }] });
    expect(ok.ok).toBe(true);
    await expect(fresh.db.starReviewEntry.updateMany({ where: { review: { meetingId: f.meeting.id } }, data: { rating: 6 } })).rejects.toThrow();
  });

  it("refuses over-long text with a field error and writes nothing", async () => {
    const f = await familyWithMeeting();
    const r = await runSecureAction(saveStarReviewAction, as(chair), {
      meetingId: f.meeting.id,
      templateId: v1.id,
      entries: [{ ...blank, areaKey: "services", worriesProfessionals: "a".repeat(2001) }],
    });
    expect(r).toMatchObject({ ok: false, status: 400, fieldErrors: { "entries.0.worriesProfessionals": "tooLong:2000" } });
    expect(await fresh.db.starReview.count({ where: { meetingId: f.meeting.id } })).toBe(0);
  });

  it("is written by the chair only: members and strangers get 404, a closed collaboration is refused", async () => {
    const f = await familyWithMeeting();
    const input = { meetingId: f.meeting.id, templateId: v1.id, entries: [{ ...blank, areaKey: "services", rating: 1 }] };
    for (const user of [teamMember, stranger, coordinator, admin]) {
      expect(await runSecureAction(saveStarReviewAction, as(user), input)).toMatchObject({ ok: false, status: 404 });
    }
    expect(await runSecureAction(saveStarReviewAction, as(chair), { ...input, meetingId: crypto.randomUUID() })).toMatchObject({ ok: false, status: 404 });
    const cancelled = await buildMeeting(fresh.db, f.id, chair, { status: "CANCELLED", startsAt: new Date(Date.now() + 20 * 86_400_000) });
    expect(await runSecureAction(saveStarReviewAction, as(chair), { ...input, meetingId: cancelled.id })).toMatchObject({ ok: false, fieldErrors: { meetingId: "meetingCancelled" } });
    await fresh.db.collaboration.update({ where: { id: f.id }, data: { status: "CLOSED" } });
    expect(await runSecureAction(saveStarReviewAction, as(chair), input)).toMatchObject({ ok: false, status: 403 });
    expect(await fresh.db.starReview.count({ where: { collaborationId: f.id } })).toBe(0);
  });
});

describe("reading the reviews", () => {
  it("shows every review to the people taking part, oldest first, and logs each read", async () => {
    const f = await familyWithMeeting();
    const later = await buildMeeting(fresh.db, f.id, chair, { kind: "FOLLOW_UP", startsAt: new Date(Date.now() + 40 * 86_400_000) });
    await runSecureAction(saveStarReviewAction, as(chair), { meetingId: f.meeting.id, templateId: v1.id, entries: [{ ...blank, areaKey: "services", rating: 2 }, { ...blank, areaKey: "child_health", rating: 1 }] });
    await runSecureAction(saveStarReviewAction, as(chair), { meetingId: later.id, templateId: v1.id, entries: [{ ...blank, areaKey: "services", rating: 4 }] });

    for (const user of [chair, teamMember]) {
      const reviews = await listStarReviews(fresh.db, user, f.id);
      expect(reviews.map((r) => r.meeting?.id)).toEqual([f.meeting.id, later.id]);
      // Entries in template order, so the star is drawn the same way each time.
      expect(reviews[0]!.entries.map((e) => e.area.key)).toEqual(["child_health", "services"]);
      const read = await fresh.db.auditEvent.findFirst({ where: { action: "star.review.list", actorId: user.id, collaborationId: f.id } });
      expect(read).toMatchObject({ kind: "ACCESS", familyId: f.familyId });
    }
  });

  it("does not exist for anyone else, and their attempt is not logged as a read", async () => {
    const f = await familyWithMeeting();
    for (const user of [stranger, coordinator, admin]) {
      await expect(listStarReviews(fresh.db, user, f.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await fresh.db.auditEvent.count({ where: { action: "star.review.list", actorId: user.id } })).toBe(0);
    }
  });

  it("reads one review or many with the same number of queries (no N+1)", async () => {
    const f = await familyWithMeeting();
    const count = async () => {
      let n = 0;
      const db = fresh.newClient({ onQuery: () => n++ });
      await listStarReviews(db, chair, f.id);
      return n;
    };
    await runSecureAction(saveStarReviewAction, as(chair), { meetingId: f.meeting.id, templateId: v1.id, entries: [{ ...blank, areaKey: "services", rating: 2 }] });
    const one = await count();
    for (let i = 1; i <= 3; i++) {
      const m = await buildMeeting(fresh.db, f.id, chair, { kind: "FOLLOW_UP", startsAt: new Date(Date.now() + (60 + i * 10) * 86_400_000) });
      await runSecureAction(saveStarReviewAction, as(chair), { meetingId: m.id, templateId: v1.id, entries: [{ ...blank, areaKey: "services", rating: i }, { ...blank, areaKey: "child_health", rating: i }] });
    }
    expect(await count()).toBe(one);
  });
});
