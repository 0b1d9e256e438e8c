// Oma kalenteri and its feed: who sees which meeting, no N+1, and a feed token that is stored only
// as a hash and stops working when rotated or revoked.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSecureAction } from "@/lib/actions/secure-action.ts";
import { createCollaborationAction } from "@/lib/collaborations/actions.ts";
import { recordConsentAction } from "@/lib/consents/actions.ts";
import { cancelMeetingAction, createMeetingAction, respondToInvitationAction } from "@/lib/meetings/actions.ts";
import { createFeedAction, revokeFeedAction } from "@/lib/calendar/actions.ts";
import { findUserByFeedToken } from "@/lib/calendar/feed-token.ts";
import { listMyCalendar } from "@/lib/calendar/list-my-calendar.ts";
import { listFeedMeetings } from "@/lib/calendar/list-feed-meetings.ts";
import { buildCalendarFeed } from "@/lib/calendar/feed-ics.ts";
import type { SessionUser } from "@/lib/auth/session-user.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { buildOrganisation, buildTeam, buildUser, consentInput, futureWeekday, newCollaborationInput } from "../fixtures/builders.ts";

let fresh: FreshDatabase;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let team: Awaited<ReturnType<typeof buildTeam>>;
let worker: SessionUser;
let stranger: SessionUser;

const session = (u: { id: string; name: string; email: string; roles: SessionUser["roles"]; locale: SessionUser["locale"] }): SessionUser => ({ id: u.id, name: u.name, email: u.email, roles: u.roles, locale: u.locale });
const as = (user: SessionUser | null) => ({ db: fresh.db, user });
const member = (i: number) => session(team.members[i]!.user);

beforeAll(async () => {
  fresh = await freshDatabase();
  org = await buildOrganisation(fresh.db);
  team = await buildTeam(fresh.db, org.area.id, ["PSYCHOLOGIST", "FAMILY_WORKER"]);
  worker = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id }));
  stranger = session(await buildUser(fresh.db, { roles: ["TEAM_MEMBER"] }));
});
afterAll(() => fresh?.close());

/** A collaboration of `owner` with the Korhonen family, consented for both team members' expertise. */
async function family(owner = worker): Promise<string> {
  const r = await runSecureAction(createCollaborationAction, as(owner), newCollaborationInput({ guardians: [{ firstName: "Maija", lastName: "Korhonen", phone: "", email: "", language: "fi" }] }));
  if (!r.ok) throw new Error("fixture");
  const guardian = await fresh.db.guardian.findFirstOrThrow({ where: { family: { collaborations: { some: { id: r.data.id } } } } });
  const c = await runSecureAction(recordConsentAction, as(owner), consentInput(r.data.id, guardian.id));
  if (!c.ok) throw new Error("consent fixture");
  return r.data.id;
}

async function meeting(collaborationId: string, when: { date: string; time: string }): Promise<string> {
  const r = await runSecureAction(createMeetingAction, as(worker), {
    collaborationId,
    teamMemberIds: [team.members[0]!.id, team.members[1]!.id],
    mode: "IN_PERSON",
    durationMinutes: 60,
    familyAttendees: 2,
    ...when,
    roomId: org.room.id,
    onlineUrl: "",
  });
  if (!r.ok) throw new Error(`meeting fixture: ${JSON.stringify(r)}`);
  return r.data.id;
}

describe("my calendar", () => {
  let meetingId: string;
  let collaborationId: string;
  beforeAll(async () => {
    collaborationId = await family();
    meetingId = await meeting(collaborationId, futureWeekday(8, 10));
  });

  it("shows the meeting to its convener, with the answers so far and a link to their collaboration", async () => {
    const { upcoming, pending } = await listMyCalendar(fresh.db, worker);
    const entry = upcoming.find((e) => e.meetingId === meetingId);
    expect(entry).toMatchObject({ role: "CONVENER", collaborationId, kind: "JOINT", status: "SCHEDULED", invitation: null, responses: { accepted: 0, declined: 0, pending: 2 } });
    expect(entry!.place).toBe(`${org.room.name}, ${org.unit.name}`);
    expect(pending.find((e) => e.meetingId === meetingId)).toBeUndefined();
  });

  it("shows it to an invitee as pending, without the collaboration or the others' answers, and follows their answer", async () => {
    const before = await listMyCalendar(fresh.db, member(0));
    const entry = before.upcoming.find((e) => e.meetingId === meetingId);
    expect(entry).toMatchObject({ role: "INVITEE", collaborationId: null, responses: null, invitation: { status: "PENDING" } });
    expect(before.pending.map((e) => e.meetingId)).toContain(meetingId);

    const r = await runSecureAction(respondToInvitationAction, as(member(0)), { invitationId: entry!.invitation!.id, response: "ACCEPTED", message: "" });
    expect(r.ok).toBe(true);
    const after = await listMyCalendar(fresh.db, member(0));
    expect(after.upcoming.find((e) => e.meetingId === meetingId)?.invitation?.status).toBe("ACCEPTED");
    expect(after.pending.map((e) => e.meetingId)).not.toContain(meetingId);
    expect((await listMyCalendar(fresh.db, worker)).upcoming.find((e) => e.meetingId === meetingId)?.responses).toEqual({ accepted: 1, declined: 0, pending: 1 });
  });

  it("shows nothing to a stranger", async () => {
    expect(await listMyCalendar(fresh.db, stranger)).toEqual({ upcoming: [], pending: [] });
  });

  it("carries no family details", async () => {
    const text = JSON.stringify(await listMyCalendar(fresh.db, worker)) + JSON.stringify(await listMyCalendar(fresh.db, member(1)));
    expect(text).not.toMatch(/Korhonen|Maija/);
    const feed = buildCalendarFeed({ locale: "fi", meetings: await listFeedMeetings(fresh.db, worker.id), stamp: new Date() });
    expect(feed).toContain("UID:");
    expect(feed).not.toMatch(/Korhonen|Maija/);
  });

  it("drops a meeting from an invitee's upcoming list when their invitation is cancelled, and from everyone's when the meeting is", async () => {
    const other = await meeting(await family(), futureWeekday(9, 13));
    await fresh.db.invitation.updateMany({ where: { meetingId: other, userId: member(1).id }, data: { status: "CANCELLED" } });
    expect((await listMyCalendar(fresh.db, member(1))).upcoming.map((e) => e.meetingId)).not.toContain(other);
    expect((await listMyCalendar(fresh.db, member(0))).upcoming.map((e) => e.meetingId)).toContain(other);
    // The feed keeps it, marked cancelled for the one whose invitation was cancelled.
    expect((await listFeedMeetings(fresh.db, member(1).id)).find((e) => e.meetingId === other)?.invitation?.status).toBe("CANCELLED");

    expect(await runSecureAction(cancelMeetingAction, as(worker), { meetingId: other })).toMatchObject({ ok: true });
    for (const u of [worker, member(0), member(1)]) {
      expect((await listMyCalendar(fresh.db, u)).upcoming.map((e) => e.meetingId)).not.toContain(other);
      const inFeed = (await listFeedMeetings(fresh.db, u.id)).find((e) => e.meetingId === other);
      expect(inFeed?.status).toBe("CANCELLED");
    }
    const icsUid = (await fresh.db.jointMeeting.findUniqueOrThrow({ where: { id: other } })).icsUid;
    const feed = buildCalendarFeed({ locale: "fi", meetings: await listFeedMeetings(fresh.db, worker.id), stamp: new Date() });
    expect(feed.replace(/\r\n /g, "")).toMatch(new RegExp(`UID:${icsUid}\\r\\n(?:(?!END:VEVENT).*\\r\\n)*?STATUS:CANCELLED\\r\\n`));
  });

  it("keeps the last 30 days in the feed but not older meetings, and leaves out declined invitations", async () => {
    const collaboration = await fresh.db.collaboration.findUniqueOrThrow({ where: { id: collaborationId } });
    const day = 86_400_000;
    const past = async (daysAgo: number) =>
      (
        await fresh.db.jointMeeting.create({
          data: {
            collaborationId,
            municipalityId: collaboration.municipalityId,
            organizerId: worker.id,
            status: "HELD",
            startsAt: new Date(Date.now() - daysAgo * day),
            endsAt: new Date(Date.now() - daysAgo * day + 3_600_000),
            icsUid: `past-${daysAgo}-${collaborationId}`,
          },
        })
      ).id;
    const recent = await past(10);
    const old = await past(40);
    const feed = (await listFeedMeetings(fresh.db, worker.id)).map((e) => e.meetingId);
    expect(feed).toContain(recent);
    expect(feed).not.toContain(old);
    expect((await listMyCalendar(fresh.db, worker)).upcoming.map((e) => e.meetingId)).not.toContain(recent);

    const declinedMeeting = await meeting(collaborationId, futureWeekday(12, 9));
    const invitation = await fresh.db.invitation.findFirstOrThrow({ where: { meetingId: declinedMeeting, userId: member(1).id } });
    expect((await runSecureAction(respondToInvitationAction, as(member(1)), { invitationId: invitation.id, response: "DECLINED", message: "" })).ok).toBe(true);
    expect((await listFeedMeetings(fresh.db, member(1).id)).map((e) => e.meetingId)).not.toContain(declinedMeeting);
  });
});

describe("query counts", () => {
  /** A convener with n meetings, each with one invitee, inserted directly (fast, no mail). */
  async function convenerWith(n: number) {
    const convener = await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
    const invitee = await buildUser(fresh.db, { roles: ["TEAM_MEMBER"] });
    const collaborationId = await family(session(convener));
    const collaboration = await fresh.db.collaboration.findUniqueOrThrow({ where: { id: collaborationId } });
    const room = await fresh.db.room.create({ data: { name: `Huone ${convener.id.slice(0, 8)}`, capacity: 8, unitId: org.unit.id } });
    for (let i = 0; i < n; i++) {
      const startsAt = new Date(Date.now() + (i + 1) * 86_400_000);
      const endsAt = new Date(startsAt.getTime() + 3_600_000);
      await fresh.db.jointMeeting.create({
        data: {
          collaborationId,
          municipalityId: collaboration.municipalityId,
          organizerId: convener.id,
          startsAt,
          endsAt,
          icsUid: `q-${i}-${convener.id}`,
          invitations: { create: [{ userId: invitee.id }] },
          roomBooking: { create: { roomId: room.id, startsAt, endsAt } },
        },
      });
    }
    return { convener: session(convener), invitee: session(invitee) };
  }

  async function countQueries(run: (db: FreshDatabase["db"]) => Promise<unknown>): Promise<number> {
    let n = 0;
    const db = fresh.newClient({ onQuery: () => n++ });
    await run(db);
    return n;
  }

  it("lists 2 or 30 meetings with the same number of queries, for convener and invitee", async () => {
    const few = await convenerWith(2);
    const many = await convenerWith(30);
    expect((await listMyCalendar(fresh.db, many.convener)).upcoming).toHaveLength(30);
    expect((await listMyCalendar(fresh.db, many.invitee)).pending).toHaveLength(30);
    for (const who of ["convener", "invitee"] as const) {
      const qFew = await countQueries((db) => listMyCalendar(db, few[who]));
      const qMany = await countQueries((db) => listMyCalendar(db, many[who]));
      expect(qMany).toBe(qFew);
      expect(qFew).toBeLessThanOrEqual(5);
      const fFew = await countQueries((db) => listFeedMeetings(db, few[who].id));
      const fMany = await countQueries((db) => listFeedMeetings(db, many[who].id));
      expect(fMany).toBe(fFew);
    }
  });
});

describe("feed token", () => {
  const tokenOf = (url: string) => url.slice(url.lastIndexOf("/") + 1);
  const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

  it("is found after create, stored only as a hash, replaced on rotate and gone on revoke", async () => {
    const user = session(await buildUser(fresh.db, { roles: ["TEAM_MEMBER"], locale: "sv" }));
    const first = await runSecureAction(createFeedAction, as(user), {});
    if (!first.ok) throw new Error(JSON.stringify(first));
    expect(first.data.url).toMatch(/\/calendar-feed\/[A-Za-z0-9_-]{43}$/);
    const token1 = tokenOf(first.data.url);
    expect(await findUserByFeedToken(fresh.db, token1)).toEqual({ id: user.id, locale: "sv" });

    // Only the hash is stored; the token appears nowhere in the user row or the audit log.
    const row = await fresh.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.calendarFeedTokenHash).toBe(sha256(token1));
    expect(row.calendarFeedCreatedAt).toBeInstanceOf(Date);
    expect(JSON.stringify(row)).not.toContain(token1);
    const audit = await fresh.db.auditEvent.findMany({ where: { actorId: user.id, action: { startsWith: "calendar.feed." } } });
    expect(audit.map((a) => [a.kind, a.action])).toEqual([["CHANGE", "calendar.feed.create"]]);
    expect(JSON.stringify(audit)).not.toContain(token1);

    const second = await runSecureAction(createFeedAction, as(user), {});
    if (!second.ok) throw new Error(JSON.stringify(second));
    const token2 = tokenOf(second.data.url);
    expect(token2).not.toBe(token1);
    expect(await findUserByFeedToken(fresh.db, token1)).toBeNull();
    expect((await findUserByFeedToken(fresh.db, token2))?.id).toBe(user.id);

    expect(await runSecureAction(revokeFeedAction, as(user), {})).toEqual({ ok: true, data: null });
    expect(await findUserByFeedToken(fresh.db, token2)).toBeNull();
    const revoked = await fresh.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(revoked.calendarFeedTokenHash).toBeNull();
    expect(revoked.calendarFeedCreatedAt).toBeNull();
    expect(await fresh.db.auditEvent.count({ where: { actorId: user.id, action: "calendar.feed.revoke", kind: "CHANGE" } })).toBe(1);
  });

  it("stops working when the account is deactivated, and is refused to the signed-out and to any input", async () => {
    const user = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"] }));
    const r = await runSecureAction(createFeedAction, as(user), {});
    if (!r.ok) throw new Error("fixture");
    await fresh.db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await findUserByFeedToken(fresh.db, tokenOf(r.data.url))).toBeNull();
    expect(await runSecureAction(createFeedAction, as(user), {})).toMatchObject({ ok: false, status: 404 });

    expect(await runSecureAction(createFeedAction, as(null), {})).toMatchObject({ ok: false, status: 401 });
    // The actions name no account: an attempt to pass one is bad input, not a way into another's.
    expect(await runSecureAction(revokeFeedAction, as(stranger), { userId: user.id })).toMatchObject({ ok: false, status: 400 });
  });
});
