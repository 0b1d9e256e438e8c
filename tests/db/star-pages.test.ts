// What the star pages load: the meeting's star page draws the review on its own template version
// (or the current one before a review exists), compares it with the family's earlier reviews, and
// lets only the chair record; the collaboration's summary draws every review on the newest one's
// version; the admin's list counts areas and the reviews kept on each version. Need to know
// throughout: anyone else gets NOT_FOUND, and every read of a family's reviews is in the use log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSecureAction } from "@/lib/actions/secure-action.ts";
import { publishTemplateAction, saveStarReviewAction } from "@/lib/star/actions.ts";
import { starPageData } from "@/lib/star/star-page-data.ts";
import { starSummaryData } from "@/lib/star/star-summary-data.ts";
import { listTemplateVersions } from "@/lib/star/list-template-versions.ts";
import type { SessionUser } from "@/lib/auth/session-user.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { buildCollaboration, buildMeeting, buildOrganisation, buildStarTemplate, buildUser } from "../fixtures/builders.ts";

let fresh: FreshDatabase;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let chair: SessionUser;
let teamMember: SessionUser;
let stranger: SessionUser;
let admin: SessionUser;

const session = (u: { id: string; name: string; email: string; roles: SessionUser["roles"]; locale: SessionUser["locale"] }): SessionUser => ({ id: u.id, name: u.name, email: u.email, roles: u.roles, locale: u.locale });
const as = (user: SessionUser) => ({ db: fresh.db, user });
const blank = { strengthsChild: "", strengthsParents: "", strengthsProfessionals: "", worriesChild: "", worriesParents: "", worriesProfessionals: "", rating: "" };
const days = (n: number) => new Date(Date.now() + n * 86_400_000);

beforeAll(async () => {
  fresh = await freshDatabase();
  org = await buildOrganisation(fresh.db);
  chair = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id }));
  teamMember = session(await buildUser(fresh.db, { roles: ["TEAM_MEMBER"] }));
  stranger = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id }));
  admin = session(await buildUser(fresh.db, { roles: ["ADMIN"] }));
});
afterAll(() => fresh?.close());

async function family() {
  const c = await buildCollaboration(fresh.db, chair, { id: org.area.id, municipalityId: org.municipality.id });
  await fresh.db.collaborationMember.create({ data: { collaborationId: c.id, userId: teamMember.id, role: "INVITED" } });
  const meeting = await buildMeeting(fresh.db, c.id, chair, { startsAt: days(10) });
  return { ...c, meeting };
}

async function save(meetingId: string, templateId: string, entries: object[]) {
  const r = await runSecureAction(saveStarReviewAction, as(chair), { meetingId, templateId, entries });
  expect(r.ok).toBe(true);
}

describe("before any template is published", () => {
  it("tells the chair there is nothing to record on, instead of failing", async () => {
    const f = await family();
    const data = await starPageData(fresh.db, chair, f.id, f.meeting.id);
    expect(data).toMatchObject({ template: null, review: null, earlier: [], canEdit: false, readOnly: "NO_TEMPLATE" });
  });
});

describe("the meeting's star page", () => {
  let v1: Awaited<ReturnType<typeof buildStarTemplate>>;
  beforeAll(async () => {
    v1 = await buildStarTemplate(fresh.db);
  });

  it("lets the chair record a new review on the current template, and logs the read", async () => {
    const f = await family();
    const data = await starPageData(fresh.db, chair, f.id, f.meeting.id);
    expect(data).toMatchObject({ canEdit: true, readOnly: null, review: null, earlier: [] });
    expect(data.template?.id).toBe(v1.id);
    expect(data.template?.areas).toHaveLength(16);
    const read = await fresh.db.auditEvent.findFirst({ where: { action: "star.review.list", actorId: chair.id, collaborationId: f.id } });
    expect(read).toMatchObject({ kind: "ACCESS", familyId: f.familyId });
  });

  it("lets the others taking part read but not record, and is not there for anyone else", async () => {
    const f = await family();
    await save(f.meeting.id, v1.id, [{ ...blank, areaKey: "services", worriesParents: "Jonot", rating: 2 }]);
    const member = await starPageData(fresh.db, teamMember, f.id, f.meeting.id);
    expect(member).toMatchObject({ canEdit: false, readOnly: "NOT_CHAIR" });
    expect(member.review?.entries.map((e) => [e.area.key, e.worriesParents, e.rating])).toEqual([["services", "Jonot", 2]]);
    for (const user of [stranger, admin]) {
      await expect(starPageData(fresh.db, user, f.id, f.meeting.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    // The meeting must belong to the collaboration in the address; malformed ids are simply not found.
    const other = await family();
    await expect(starPageData(fresh.db, chair, other.id, f.meeting.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(starPageData(fresh.db, chair, "not-a-uuid", f.meeting.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await fresh.db.auditEvent.count({ where: { action: "star.review.list", actorId: { in: [stranger.id, admin.id] } } })).toBe(0);
  });

  it("keeps a review on its own version after a new one is published; a new meeting gets the new one", async () => {
    const f = await family();
    await save(f.meeting.id, v1.id, [{ ...blank, areaKey: "child_health", rating: 2 }]);
    const published = await runSecureAction(publishTemplateAction, as(admin), {
      source: "",
      areas: [
        { key: "child_health", parentKey: "", labelFi: "Lapsen terveys", labelSv: "Barnets hälsa", labelEn: "Child's health", sortOrder: 1 },
        { key: "services", parentKey: "", labelFi: "Palvelut", labelSv: "Tjänster", labelEn: "Services", sortOrder: 2 },
      ],
    });
    if (!published.ok) throw new Error("publish failed");
    const old = await starPageData(fresh.db, chair, f.id, f.meeting.id);
    expect(old.template?.id).toBe(v1.id);
    expect(old.canEdit).toBe(true);

    const followUp = await buildMeeting(fresh.db, f.id, chair, { kind: "FOLLOW_UP", startsAt: days(60) });
    const next = await starPageData(fresh.db, chair, f.id, followUp.id);
    expect(next.template?.id).toBe(published.data.id);
    // The earlier review is drawn for comparison (areas compare by key across versions).
    expect(next.earlier.map((r) => r.meeting?.id)).toEqual([f.meeting.id]);
    expect(next.review).toBeNull();
  });

  it("compares with earlier meetings only, not with later ones", async () => {
    const f = await family();
    const earlierMeeting = await buildMeeting(fresh.db, f.id, chair, { kind: "JOINT", startsAt: days(5) });
    const laterMeeting = await buildMeeting(fresh.db, f.id, chair, { kind: "FOLLOW_UP", startsAt: days(40) });
    // Recorded out of order: the later meeting's review first.
    await save(laterMeeting.id, v1.id, [{ ...blank, areaKey: "services", rating: 4 }]);
    await save(f.meeting.id, v1.id, [{ ...blank, areaKey: "services", rating: 3 }]);
    await save(earlierMeeting.id, v1.id, [{ ...blank, areaKey: "services", rating: 1 }]);
    const data = await starPageData(fresh.db, chair, f.id, f.meeting.id);
    expect(data.review?.entries[0]?.rating).toBe(3);
    expect(data.earlier.map((r) => r.meeting?.id)).toEqual([earlierMeeting.id]);
  });

  it("turns the chair's page read-only when the meeting is cancelled or the work has ended", async () => {
    const f = await family();
    const cancelled = await buildMeeting(fresh.db, f.id, chair, { status: "CANCELLED", startsAt: days(20) });
    expect(await starPageData(fresh.db, chair, f.id, cancelled.id)).toMatchObject({ canEdit: false, readOnly: "CANCELLED" });
    await fresh.db.collaboration.update({ where: { id: f.id }, data: { status: "CLOSED" } });
    expect(await starPageData(fresh.db, chair, f.id, f.meeting.id)).toMatchObject({ canEdit: false, readOnly: "CLOSED" });
  });
});

describe("the collaboration's star summary", () => {
  it("draws every review, oldest meeting first, on the newest review's template version", async () => {
    const v = await buildStarTemplate(fresh.db);
    const f = await family();
    expect(await starSummaryData(fresh.db, chair, f.id)).toEqual({ reviews: [], template: null });
    const followUp = await buildMeeting(fresh.db, f.id, chair, { kind: "FOLLOW_UP", startsAt: days(50) });
    await save(followUp.id, v.id, [{ ...blank, areaKey: "services", rating: 4 }]);
    await save(f.meeting.id, v.id, [{ ...blank, areaKey: "services", rating: 2 }]);
    const data = await starSummaryData(fresh.db, teamMember, f.id);
    expect(data.reviews.map((r) => r.meeting?.id)).toEqual([f.meeting.id, followUp.id]);
    expect(data.template?.id).toBe(v.id);
    await expect(starSummaryData(fresh.db, stranger, f.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(starSummaryData(fresh.db, chair, "x")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the admin's template versions", () => {
  it("lists every version newest first with its areas and the reviews kept on it, for admins only", async () => {
    const versions = await listTemplateVersions(fresh.db, admin);
    expect(versions.map((v) => v.version)).toEqual([...versions.map((v) => v.version)].sort((a, b) => b - a));
    const counts = await fresh.db.starReview.groupBy({ by: ["templateId"], _count: { _all: true } });
    for (const v of versions) {
      expect(v.status).toBe("PUBLISHED");
      expect(v._count.areas).toBe(await fresh.db.starArea.count({ where: { templateId: v.id } }));
      expect(v._count.reviews).toBe(counts.find((c) => c.templateId === v.id)?._count._all ?? 0);
    }
    expect(versions.some((v) => v._count.reviews > 0)).toBe(true);
    const published = versions.find((v) => v.createdBy !== null);
    expect(published?.createdBy?.name).toBe(admin.name);
    for (const user of [chair, teamMember]) await expect(listTemplateVersions(fresh.db, user)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
