// Palaute: at the end of the meeting the chair hands out single-use links (QR code + short code) to
// an anonymous form in three versions. A link works once, for two weeks, only for its meeting; the
// answers are validated against the version's questions; nothing ties an answer to its link; and
// the chair sees only counts.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSecureAction } from "@/lib/actions/secure-action.ts";
import type { SessionUser } from "@/lib/auth/session-user.ts";
import { createFeedbackLinkAction } from "@/lib/feedback/actions.ts";
import type { FeedbackLink } from "@/lib/feedback/create-feedback-link.ts";
import { feedbackSummary } from "@/lib/feedback/feedback-summary.ts";
import { FEEDBACK_LINK_VALID_DAYS, FEEDBACK_QUESTIONS, type FeedbackKind } from "@/lib/feedback/questions.ts";
import { FEEDBACK_RATE_LIMIT, openFeedbackForm, submitFeedback } from "@/lib/feedback/submit-feedback.ts";
import { hashFeedbackCode } from "@/lib/feedback/codes.ts";
import { helsinkiStartOfDay } from "@/lib/time/format.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { buildCollaboration, buildMeeting, buildOrganisation, buildUser } from "../fixtures/builders.ts";

let fresh: FreshDatabase;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let chair: SessionUser;
let teamMember: SessionUser;
let stranger: SessionUser;

const session = (u: { id: string; name: string; email: string; roles: SessionUser["roles"]; locale: SessionUser["locale"] }): SessionUser => ({ id: u.id, name: u.name, email: u.email, roles: u.roles, locale: u.locale });
const as = (user: SessionUser) => ({ db: fresh.db, user });
/** Each test answers from its own address, so the rate limit of one does not touch another. */
const visitor = () => ({ ip: `198.51.100.${randomUUID()}` });

beforeAll(async () => {
  fresh = await freshDatabase();
  org = await buildOrganisation(fresh.db);
  chair = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id }));
  teamMember = session(await buildUser(fresh.db, { roles: ["TEAM_MEMBER"] }));
  stranger = session(await buildUser(fresh.db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id }));
});
afterAll(() => fresh?.close());

/** A family whose meeting the chair runs (under way by default), with an invited team member. */
async function familyWithMeeting(status: "SCHEDULED" | "IN_PROGRESS" | "HELD" | "CANCELLED" = "IN_PROGRESS") {
  const c = await buildCollaboration(fresh.db, chair, { id: org.area.id, municipalityId: org.municipality.id });
  await fresh.db.collaborationMember.create({ data: { collaborationId: c.id, userId: teamMember.id, role: "INVITED" } });
  const meeting = await buildMeeting(fresh.db, c.id, chair, { status, startsAt: new Date(Date.now() - 60 * 60_000) });
  return { ...c, meeting };
}

async function createLink(meetingId: string, respondent: FeedbackKind = "PARENT", user = chair): Promise<FeedbackLink> {
  const r = await runSecureAction(createFeedbackLinkAction, as(user), { meetingId, respondent });
  if (!r.ok) throw new Error(`link refused: ${JSON.stringify(r)}`);
  return r.data;
}

/** Every question of the version answered with the given value. */
function allAnswered(kind: FeedbackKind, value = "4"): Record<string, string> {
  return Object.fromEntries(FEEDBACK_QUESTIONS[kind].map((q) => [q, value]));
}

const parentAnswers = {
  solutions_found_early: "5",
  right_experts_present: "4",
  felt_heard: "5",
  whole_situation_clearer: "skip",
  knows_next_steps: "3",
};

describe("creating a link", () => {
  it("gives the chair a short single-use link for the chosen version, storing only the code's hash", async () => {
    const f = await familyWithMeeting();
    const now = Date.now();
    const link = await createLink(f.meeting.id, "CHILD");
    expect(link.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(link.displayCode).toBe(`${link.code.slice(0, 5)}-${link.code.slice(5)}`);
    expect(link.url).toMatch(new RegExp(`^https?://[^/]+/p/${link.code}$`));
    expect(link.respondent).toBe("CHILD");
    expect(link.expiresAt.getTime() - now).toBeGreaterThan((FEEDBACK_LINK_VALID_DAYS - 0.01) * 86_400_000);
    expect(link.expiresAt.getTime() - now).toBeLessThan((FEEDBACK_LINK_VALID_DAYS + 0.01) * 86_400_000);

    const tokens = await fresh.db.feedbackToken.findMany({ where: { meetingId: f.meeting.id } });
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({ respondent: "CHILD", codeHash: hashFeedbackCode(link.code), createdById: chair.id, usedAt: null });
    expect(JSON.stringify(tokens)).not.toContain(link.code);

    const audit = await fresh.db.auditEvent.findFirstOrThrow({ where: { action: "feedback.link.create", objectId: tokens[0]!.id } });
    expect(audit).toMatchObject({ kind: "CHANGE", actorId: chair.id, familyId: f.familyId, collaborationId: f.id });
    expect(JSON.stringify(audit)).not.toContain(link.code);
  });

  it("makes a new, different link on every click (one per person answering)", async () => {
    const f = await familyWithMeeting("HELD");
    const a = await createLink(f.meeting.id);
    const b = await createLink(f.meeting.id);
    expect(a.code).not.toBe(b.code);
    expect(await fresh.db.feedbackToken.count({ where: { meetingId: f.meeting.id, respondent: "PARENT" } })).toBe(2);
  });

  it("is the chair's alone: a team member of the meeting or a stranger is told it does not exist, and nothing is written", async () => {
    const f = await familyWithMeeting();
    const auditBefore = await fresh.db.auditEvent.count();
    for (const user of [teamMember, stranger]) {
      const r = await runSecureAction(createFeedbackLinkAction, as(user), { meetingId: f.meeting.id, respondent: "PARENT" });
      expect(r).toMatchObject({ ok: false, status: 404, code: "NOT_FOUND" });
    }
    const signedOut = await runSecureAction(createFeedbackLinkAction, { db: fresh.db, user: null }, { meetingId: f.meeting.id, respondent: "PARENT" });
    expect(signedOut).toMatchObject({ ok: false, status: 401 });
    const unknown = await runSecureAction(createFeedbackLinkAction, as(chair), { meetingId: randomUUID(), respondent: "PARENT" });
    expect(unknown).toMatchObject({ ok: false, status: 404 });
    expect(await fresh.db.feedbackToken.count({ where: { meetingId: f.meeting.id } })).toBe(0);
    expect(await fresh.db.auditEvent.count()).toBe(auditBefore);
  });

  it("opens when the meeting has started: not before, and not for a cancelled meeting", async () => {
    const scheduled = await familyWithMeeting("SCHEDULED");
    const cancelled = await familyWithMeeting("CANCELLED");
    expect(await runSecureAction(createFeedbackLinkAction, as(chair), { meetingId: scheduled.meeting.id, respondent: "PARENT" })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { meetingId: "feedbackNotOpen" },
    });
    expect(await runSecureAction(createFeedbackLinkAction, as(chair), { meetingId: cancelled.meeting.id, respondent: "PARENT" })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { meetingId: "meetingCancelled" },
    });
    expect(await fresh.db.feedbackToken.count({ where: { meetingId: { in: [scheduled.meeting.id, cancelled.meeting.id] } } })).toBe(0);
  });

  it("offers only the three versions", async () => {
    const f = await familyWithMeeting();
    const r = await runSecureAction(createFeedbackLinkAction, as(chair), { meetingId: f.meeting.id, respondent: "OTHER" });
    expect(r).toMatchObject({ ok: false, status: 400, fieldErrors: { respondent: "invalidChoice" } });
  });
});

describe("answering", () => {
  it("shows the link's version of the form, and records the answers anonymously once", async () => {
    const f = await familyWithMeeting();
    const link = await createLink(f.meeting.id, "PARENT");
    const who = visitor();
    expect(await openFeedbackForm(fresh.db, link.code, who)).toEqual({ status: "OPEN", respondent: "PARENT" });
    // Typed by hand from the screen, in lower case with the hyphen, the code still works.
    expect(await openFeedbackForm(fresh.db, link.displayCode.toLowerCase(), who)).toEqual({ status: "OPEN", respondent: "PARENT" });

    const now = new Date();
    const r = await submitFeedback(fresh.db, { code: link.code, answers: parentAnswers, comment: "  Hyvä, että kaikki olivat paikalla.  " }, { ...who, now });
    expect(r).toEqual({ ok: true });

    const feedback = await fresh.db.feedback.findMany({ where: { meetingId: f.meeting.id }, include: { answers: { orderBy: { questionKey: "asc" } } } });
    expect(feedback).toHaveLength(1);
    expect(feedback[0]).toMatchObject({ respondent: "PARENT", comment: "Hyvä, että kaikki olivat paikalla." });
    // "En osaa sanoa" stores no answer.
    expect(feedback[0]!.answers.map((a) => [a.questionKey, a.score])).toEqual([
      ["felt_heard", 5],
      ["knows_next_steps", 3],
      ["right_experts_present", 4],
      ["solutions_found_early", 5],
    ]);
    const token = await fresh.db.feedbackToken.findUniqueOrThrow({ where: { codeHash: hashFeedbackCode(link.code) } });
    expect(token.usedAt).toEqual(now);
    // The answer carries only the day, so it cannot be matched to the moment the link was used.
    const helsinkiDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Helsinki" }).format(now).split("-").map(Number) as [number, number, number];
    expect(feedback[0]!.createdAt).toEqual(helsinkiStartOfDay(...helsinkiDay));
  });

  it("refuses a second answer with the same link, and the page then says it has been answered", async () => {
    const f = await familyWithMeeting();
    const link = await createLink(f.meeting.id, "PROFESSIONAL");
    const who = visitor();
    expect(await submitFeedback(fresh.db, { code: link.code, answers: allAnswered("PROFESSIONAL", "5"), comment: "" }, who)).toEqual({ ok: true });
    const again = await submitFeedback(fresh.db, { code: link.code, answers: allAnswered("PROFESSIONAL", "1"), comment: "toinen kerta" }, who);
    expect(again).toMatchObject({ ok: false, code: "INVALID_LINK" });
    expect(await openFeedbackForm(fresh.db, link.code, who)).toEqual({ status: "INVALID" });
    const rows = await fresh.db.feedback.findMany({ where: { meetingId: f.meeting.id }, include: { answers: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.answers.every((a) => a.score === 5)).toBe(true);
    expect(rows[0]!.comment).toBeNull();
  });

  it("lets exactly one of several simultaneous sends with the same link through", async () => {
    const f = await familyWithMeeting();
    const link = await createLink(f.meeting.id, "PARENT");
    // Separate clients, as from several app instances at once.
    const clients = [fresh.newClient(), fresh.newClient(), fresh.newClient(), fresh.db];
    const results = await Promise.all(clients.map((db) => submitFeedback(db, { code: link.code, answers: parentAnswers, comment: "" }, visitor())));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(["INVALID_LINK", "INVALID_LINK", "INVALID_LINK"]);
    expect(await fresh.db.feedback.count({ where: { meetingId: f.meeting.id } })).toBe(1);
    expect(await fresh.db.feedbackAnswer.count({ where: { feedback: { meetingId: f.meeting.id } } })).toBe(4);
  });

  it("stops working after two weeks", async () => {
    const f = await familyWithMeeting();
    const link = await createLink(f.meeting.id, "PARENT");
    const later = new Date(link.expiresAt.getTime() + 1);
    expect(await openFeedbackForm(fresh.db, link.code, { ...visitor(), now: new Date(link.expiresAt.getTime() - 60_000) })).toMatchObject({ status: "OPEN" });
    expect(await openFeedbackForm(fresh.db, link.code, { ...visitor(), now: later })).toEqual({ status: "INVALID" });
    expect(await submitFeedback(fresh.db, { code: link.code, answers: parentAnswers, comment: "" }, { ...visitor(), now: later })).toMatchObject({ ok: false, code: "INVALID_LINK" });
    expect(await fresh.db.feedback.count({ where: { meetingId: f.meeting.id } })).toBe(0);
  });

  it("stops working when the meeting is cancelled", async () => {
    const f = await familyWithMeeting();
    const link = await createLink(f.meeting.id, "PARENT");
    await fresh.db.jointMeeting.update({ where: { id: f.meeting.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    expect(await openFeedbackForm(fresh.db, link.code, visitor())).toEqual({ status: "INVALID" });
    expect(await submitFeedback(fresh.db, { code: link.code, answers: parentAnswers, comment: "" }, visitor())).toMatchObject({ ok: false, code: "INVALID_LINK" });
  });

  it("treats a forged or malformed code like any invalid link, revealing nothing and writing nothing", async () => {
    const before = await fresh.db.feedback.count();
    for (const code of ["ABCDEFGHJK", "7K2QM-X9D4B", "../../admin", "", "x".repeat(500)]) {
      expect(await openFeedbackForm(fresh.db, code, visitor())).toEqual({ status: "INVALID" });
      expect(await submitFeedback(fresh.db, { code, answers: parentAnswers, comment: "" }, visitor())).toEqual({ ok: false, code: "INVALID_LINK", message: "notFound", fieldErrors: {} });
    }
    for (const forged of [null, "text", { answers: parentAnswers }, { code: 12345, answers: parentAnswers }]) {
      expect(await submitFeedback(fresh.db, forged, visitor())).toMatchObject({ ok: false, code: "INVALID_LINK" });
    }
    expect(await fresh.db.feedback.count()).toBe(before);
  });

  it("validates the answers against the link's version: field errors, nothing written, and the link still works", async () => {
    const f = await familyWithMeeting();
    const link = await createLink(f.meeting.id, "PARENT");
    const send = (input: object) => submitFeedback(fresh.db, { code: link.code, ...input }, visitor());

    expect(await send({ answers: { ...parentAnswers, felt_heard: "7" }, comment: "" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      message: "formHasErrors",
      fieldErrors: { "answers.felt_heard": "invalidChoice" },
    });
    expect(await send({ answers: { ...parentAnswers, felt_heard: "0" }, comment: "" })).toMatchObject({ fieldErrors: { "answers.felt_heard": "invalidChoice" } });
    expect(await send({ answers: { ...parentAnswers, felt_heard: 5 }, comment: "" })).toMatchObject({ fieldErrors: { "answers.felt_heard": "invalidChoice" } });
    const { knows_next_steps: _omitted, ...missingOne } = parentAnswers;
    expect(await send({ answers: missingOne, comment: "" })).toMatchObject({ fieldErrors: { "answers.knows_next_steps": "invalidChoice" } });
    expect(await send({ answers: { ...parentAnswers, favourite_colour: "5" }, comment: "" })).toMatchObject({ fieldErrors: { "answers.favourite_colour": "unknownQuestion" } });
    // A question of another version is not a question of this one.
    expect(await send({ answers: { ...parentAnswers, child_was_listened_to: "5" }, comment: "" })).toMatchObject({ fieldErrors: { "answers.child_was_listened_to": "unknownQuestion" } });
    expect(await send({ answers: parentAnswers, comment: "<script>alert(1)</script>" })).toMatchObject({ fieldErrors: { comment: "invalidText" } });
    expect(await send({ answers: parentAnswers, comment: "x".repeat(1001) })).toMatchObject({ fieldErrors: { comment: "tooLong:1000" } });

    expect(await fresh.db.feedback.count({ where: { meetingId: f.meeting.id } })).toBe(0);
    expect((await fresh.db.feedbackToken.findUniqueOrThrow({ where: { codeHash: hashFeedbackCode(link.code) } })).usedAt).toBeNull();
    expect(await send({ answers: parentAnswers, comment: "" })).toEqual({ ok: true });
  });

  it("gives the child's version only the child's statements and no free text", async () => {
    const f = await familyWithMeeting();
    const link = await createLink(f.meeting.id, "CHILD");
    expect(await submitFeedback(fresh.db, { code: link.code, answers: { ...allAnswered("CHILD"), felt_heard: "5" }, comment: "" }, visitor())).toMatchObject({
      ok: false,
      fieldErrors: { "answers.felt_heard": "unknownQuestion" },
    });
    const r = await submitFeedback(
      fresh.db,
      { code: link.code, answers: { child_was_listened_to: "5", child_could_give_opinion: "4", child_good_to_take_part: "skip" }, comment: "Nimeni on Eetu" },
      visitor(),
    );
    expect(r).toEqual({ ok: true });
    const row = await fresh.db.feedback.findFirstOrThrow({ where: { meetingId: f.meeting.id }, include: { answers: { orderBy: { questionKey: "asc" } } } });
    expect(row.respondent).toBe("CHILD");
    expect(row.comment).toBeNull();
    expect(row.answers.map((a) => [a.questionKey, a.score])).toEqual([
      ["child_could_give_opinion", 4],
      ["child_was_listened_to", 5],
    ]);
  });

  it("slows down one address that opens or sends too many links", async () => {
    const who = visitor();
    for (let i = 0; i < FEEDBACK_RATE_LIMIT.limit; i++) expect(await openFeedbackForm(fresh.db, "ABCDEFGHJK", who)).toEqual({ status: "INVALID" });
    expect(await openFeedbackForm(fresh.db, "ABCDEFGHJK", who)).toEqual({ status: "RATE_LIMITED" });
    const f = await familyWithMeeting();
    const link = await createLink(f.meeting.id);
    expect(await submitFeedback(fresh.db, { code: link.code, answers: parentAnswers, comment: "" }, who)).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    // Someone else, elsewhere, is not slowed down; and the refused attempt did not use up the link.
    expect(await submitFeedback(fresh.db, { code: link.code, answers: parentAnswers, comment: "" }, visitor())).toEqual({ ok: true });
  });
});

describe("anonymity", () => {
  it("keeps no link between an answer and its token: no column, no foreign key", async () => {
    const columns = await fresh.db.$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name IN ('Feedback', 'FeedbackAnswer') ORDER BY table_name, ordinal_position`;
    expect(columns.filter((c) => c.table_name === "Feedback").map((c) => c.column_name)).toEqual(["id", "meetingId", "respondent", "comment", "createdAt"]);
    expect(columns.filter((c) => c.table_name === "FeedbackAnswer").map((c) => c.column_name)).toEqual(["id", "feedbackId", "questionKey", "score"]);
    const references = await fresh.db.$queryRaw<{ from_table: string; to_table: string }[]>`
      SELECT c.conrelid::regclass::text AS from_table, c.confrelid::regclass::text AS to_table FROM pg_constraint c
       WHERE c.contype = 'f' AND (c.confrelid = '"FeedbackToken"'::regclass OR c.conrelid = '"FeedbackToken"'::regclass)`;
    expect(references.map((r) => r.from_table).every((t) => t === '"FeedbackToken"')).toBe(true);
  });
});

describe("the chair's summary", () => {
  it("counts links made and answers received per version, and nothing more", async () => {
    const f = await familyWithMeeting();
    const parent1 = await createLink(f.meeting.id, "PARENT");
    const parent2 = await createLink(f.meeting.id, "PARENT");
    await createLink(f.meeting.id, "PARENT");
    const child = await createLink(f.meeting.id, "CHILD");
    await createLink(f.meeting.id, "PROFESSIONAL");
    for (const [link, kind] of [[parent1, "PARENT"], [parent2, "PARENT"], [child, "CHILD"]] as const) {
      expect(await submitFeedback(fresh.db, { code: link.code, answers: allAnswered(kind), comment: "" }, visitor())).toEqual({ ok: true });
    }
    // Another meeting's answers are not counted here.
    const other = await familyWithMeeting();
    const otherLink = await createLink(other.meeting.id, "PARENT");
    await submitFeedback(fresh.db, { code: otherLink.code, answers: allAnswered("PARENT"), comment: "" }, visitor());

    const summary = await feedbackSummary(fresh.db, chair, f.meeting.id, { collaborationId: f.id });
    expect(summary.counts).toEqual([
      { respondent: "PARENT", linksCreated: 3, received: 2 },
      { respondent: "CHILD", linksCreated: 1, received: 1 },
      { respondent: "PROFESSIONAL", linksCreated: 1, received: 0 },
    ]);
    expect(summary.totalReceived).toBe(3);
    expect(summary.canCreateLinks).toBe(true);
    expect(Object.keys(summary).sort()).toEqual(["canCreateLinks", "counts", "meeting", "totalReceived"]);
    const read = await fresh.db.auditEvent.findFirstOrThrow({ where: { action: "feedback.summary.read", objectId: f.meeting.id } });
    expect(read).toMatchObject({ kind: "ACCESS", actorId: chair.id, familyId: f.familyId, collaborationId: f.id });
  });

  it("is the chair's alone, and only under the meeting's own family", async () => {
    const f = await familyWithMeeting();
    const other = await familyWithMeeting();
    for (const user of [teamMember, stranger]) await expect(feedbackSummary(fresh.db, user, f.meeting.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(feedbackSummary(fresh.db, chair, f.meeting.id, { collaborationId: other.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(feedbackSummary(fresh.db, chair, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await fresh.db.auditEvent.count({ where: { action: "feedback.summary.read", objectId: f.meeting.id } })).toBe(0);
  });

  it("says when links cannot be made yet", async () => {
    const scheduled = await familyWithMeeting("SCHEDULED");
    expect((await feedbackSummary(fresh.db, chair, scheduled.meeting.id)).canCreateLinks).toBe(false);
  });
});
