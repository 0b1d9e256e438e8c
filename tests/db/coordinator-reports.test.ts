// Coordinators' reports: monthly counts of held meetings by Helsinki month, the model's figures on a
// hand-made dataset with known answers, small-count suppression (also against subtraction), scoping
// of county and municipal coordinators, the adoption stages with history, and the CSV and XLSX
// downloads parsed back and compared with the table the page shows.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user.ts";
import { runSecureAction } from "@/lib/actions/secure-action.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { helsinkiMonthKey } from "@/lib/time/format.ts";
import { monthlyCountReport } from "@/lib/reports/monthly-counts.ts";
import { computeModelFigures, modelFiguresReport } from "@/lib/reports/model-figures.ts";
import { adoptionOverview, changeStageAction } from "@/lib/reports/adoption.ts";
import { adoptionTables, cellText, figureTables, monthlyTables, type ReportTable } from "@/lib/reports/tables.ts";
import { tableAsText, tableToCsv, tableToXlsx } from "@/lib/reports/export.ts";
import { resolvePeriod } from "@/lib/reports/period.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";
import { buildOrganisation, buildUser } from "../fixtures/builders.ts";

let fresh: FreshDatabase;
const session = (u: { id: string; name: string; email: string; roles: SessionUser["roles"]; locale: SessionUser["locale"] }): SessionUser => ({ id: u.id, name: u.name, email: u.email, roles: u.roles, locale: u.locale });

beforeAll(async () => {
  fresh = await freshDatabase();
});
afterAll(() => fresh?.close());

/** A county with one municipality, its owner (a frontline worker) and a county coordinator. */
async function county() {
  const db = fresh.db;
  const org = await buildOrganisation(db);
  const owner = await buildUser(db, { roles: ["FRONTLINE_WORKER"], unitId: org.unit.id });
  const coordinator = session(await buildUser(db, { roles: ["COORDINATOR"], scopeCountyId: org.county.id }));
  async function collab(o: { municipalityId?: string; areaId?: string | null; entryRoute?: "NETWORK_WORKER" | "ELECTRONIC_CONTACT" | "PHONE"; concernRaisedAt?: Date; status?: "CLOSED"; closedAt?: Date; closureReason?: "GOALS_REACHED" | "MOVED_AWAY" | null } = {}) {
    const municipalityId = o.municipalityId ?? org.municipality.id;
    const family = await db.family.create({ data: { municipalityId }, select: { id: true } });
    return db.collaboration.create({
      data: {
        familyId: family.id,
        municipalityId,
        areaId: o.areaId === undefined ? (municipalityId === org.municipality.id ? org.area.id : null) : o.areaId,
        ownerId: owner.id,
        entryRoute: o.entryRoute ?? "NETWORK_WORKER",
        concernRaisedAt: o.concernRaisedAt ?? new Date("2026-01-05T10:00:00Z"),
        status: o.status,
        closedAt: o.closedAt,
        closureReason: o.closureReason,
      },
      select: { id: true, municipalityId: true, areaId: true },
    });
  }
  async function meeting(c: { id: string; municipalityId: string; areaId: string | null }, startsAt: Date, o: { kind?: "JOINT" | "FOLLOW_UP"; status?: "HELD" | "CANCELLED" | "SCHEDULED" } = {}) {
    return db.jointMeeting.create({
      data: {
        collaborationId: c.id,
        municipalityId: c.municipalityId,
        areaId: c.areaId,
        kind: o.kind ?? "JOINT",
        status: o.status ?? "HELD",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 90 * 60_000),
        organizerId: owner.id,
        icsUid: `${randomUUID()}@test`,
      },
      select: { id: true, startsAt: true },
    });
  }
  return { org, owner, coordinator, collab, meeting };
}

const YEAR_2026 = { from: "2026-01-01", to: "2026-12-31" };

function countFor(report: Awaited<ReturnType<typeof monthlyCountReport>>, kind: "JOINT" | "FOLLOW_UP", month: string): number {
  return report.counts.filter((c) => c.kind === kind && c.month === month).reduce((a, c) => a + c.count, 0);
}

describe("monthly counts of held meetings by Helsinki month", () => {
  it("puts each meeting in its Helsinki calendar month, across month ends and both DST changes", async () => {
    const k = await county();
    const c = await k.collab();
    const cases: [string, string][] = [
      ["2026-02-28T21:59:00Z", "2026-02"], // 23.59 on 28 Feb (EET)
      ["2026-02-28T22:30:00Z", "2026-03"], // 00.30 on 1 March Helsinki time belongs to March
      ["2026-03-29T00:30:00Z", "2026-03"], // the spring DST day: 02.30 EET, just before the clocks go forward
      ["2026-03-31T20:59:00Z", "2026-03"], // 23.59 on 31 March (EEST)
      ["2026-03-31T21:30:00Z", "2026-04"], // 00.30 on 1 April (EEST, UTC+3)
      ["2026-10-25T00:30:00Z", "2026-10"], // the autumn DST day: 03.30 EEST
      ["2026-10-31T21:30:00Z", "2026-10"], // 23.30 on 31 October (EET again)
      ["2026-10-31T22:30:00Z", "2026-11"], // 00.30 on 1 November (EET, UTC+2)
    ];
    for (const [at] of cases) await k.meeting(c, new Date(at));
    // Not held, so not counted.
    await k.meeting(c, new Date("2026-05-10T08:00:00Z"), { status: "CANCELLED" });
    await k.meeting(c, new Date("2026-05-11T08:00:00Z"), { status: "SCHEDULED" });

    const report = await monthlyCountReport(fresh.db, k.coordinator, YEAR_2026);
    const expected = new Map<string, number>();
    for (const [at, month] of cases) {
      expect(helsinkiMonthKey(new Date(at))).toBe(month); // the app's own display rule agrees
      expected.set(month, (expected.get(month) ?? 0) + 1);
    }
    const got = new Map(report.counts.filter((r) => r.kind === "JOINT").map((r) => [r.month, r.count]));
    expect(got).toEqual(expected);
    expect(countFor(report, "JOINT", "2026-05")).toBe(0);
  });

  it("starts and ends the period at Helsinki midnight", async () => {
    const k = await county();
    const c = await k.collab();
    await k.meeting(c, new Date("2026-02-28T21:59:00Z")); // 28 Feb 23.59
    await k.meeting(c, new Date("2026-02-28T22:30:00Z")); // 1 Mar 00.30
    await k.meeting(c, new Date("2026-03-31T20:59:00Z")); // 31 Mar 23.59
    await k.meeting(c, new Date("2026-03-31T21:00:00Z")); // 1 Apr 00.00
    const report = await monthlyCountReport(fresh.db, k.coordinator, { from: "2026-03-01", to: "2026-03-31" });
    expect(report.period.months).toEqual(["2026-03"]);
    expect(report.counts).toEqual([{ groupId: k.org.municipality.id, month: "2026-03", kind: "JOINT", count: 2 }]);
  });

  it("counts follow-up meetings separately and groups by municipality, area and team", async () => {
    const k = await county();
    const area2 = await fresh.db.area.create({ data: { name: `Alue-${randomUUID().slice(0, 6)}`, municipalityId: k.org.municipality.id } });
    const team = await fresh.db.familyCentreTeam.create({ data: { name: `Tiimi-${randomUUID().slice(0, 6)}`, areaId: k.org.area.id } });
    const psychologist = await buildUser(fresh.db, { roles: ["TEAM_MEMBER"] });
    await fresh.db.teamMember.create({ data: { teamId: team.id, userId: psychologist.id, expertise: "PSYCHOLOGIST" } });
    const a = await k.collab();
    const b = await k.collab({ areaId: area2.id });
    const at = (d: number) => new Date(Date.UTC(2026, 5, d, 9));
    for (let d = 1; d <= 6; d++) {
      const m = await k.meeting(a, at(d));
      if (d <= 5) await fresh.db.invitation.create({ data: { meetingId: m.id, userId: psychologist.id, expertise: "PSYCHOLOGIST" } });
    }
    for (let d = 1; d <= 2; d++) await k.meeting(b, at(d + 10));
    for (let d = 1; d <= 7; d++) await k.meeting(a, at(d + 15), { kind: "FOLLOW_UP" });

    const byMunicipality = await monthlyCountReport(fresh.db, k.coordinator, { ...YEAR_2026, by: "municipality" });
    expect(countFor(byMunicipality, "JOINT", "2026-06")).toBe(8);
    expect(countFor(byMunicipality, "FOLLOW_UP", "2026-06")).toBe(7);

    const byArea = await monthlyCountReport(fresh.db, k.coordinator, { ...YEAR_2026, by: "area" });
    const joint = (r: typeof byArea, id: string) => r.counts.find((c) => c.groupId === id && c.kind === "JOINT")?.count;
    expect(joint(byArea, k.org.area.id)).toBe(6);
    expect(joint(byArea, area2.id)).toBe(2);
    expect(byArea.groups.map((g) => g.id).sort()).toEqual([k.org.area.id, area2.id].sort());

    const byTeam = await monthlyCountReport(fresh.db, k.coordinator, { ...YEAR_2026, by: "team" });
    expect(joint(byTeam, team.id)).toBe(5);
    const [jointTable, followUpTable] = monthlyTables(byTeam, "fi");
    expect(followUpTable!.id).toBe("followUp");

    // A second team whose member was invited to three of the same meetings and two others: the
    // footer counts each meeting once (5 + 2 = 7), not 5 + 5 = 10; the overlap of 3 is a small
    // count, so the total is shown only as "at least" the largest team.
    const team2 = await fresh.db.familyCentreTeam.create({ data: { name: `Tiimi-${randomUUID().slice(0, 6)}`, areaId: k.org.area.id } });
    const nurse = await buildUser(fresh.db, { roles: ["TEAM_MEMBER"] });
    await fresh.db.teamMember.create({ data: { teamId: team2.id, userId: nurse.id, expertise: "PUBLIC_HEALTH_NURSE" } });
    const juneA = await fresh.db.jointMeeting.findMany({ where: { collaborationId: a.id, kind: "JOINT" }, orderBy: { startsAt: "asc" } });
    for (const m of juneA.slice(2, 6)) await fresh.db.invitation.create({ data: { meetingId: m.id, userId: nurse.id, expertise: "PUBLIC_HEALTH_NURSE" } });
    for (const m of await fresh.db.jointMeeting.findMany({ where: { collaborationId: b.id } })) await fresh.db.invitation.create({ data: { meetingId: m.id, userId: nurse.id, expertise: "PUBLIC_HEALTH_NURSE" } });
    const twoTeams = await monthlyCountReport(fresh.db, k.coordinator, { ...YEAR_2026, by: "team" });
    expect(twoTeams.teamTotals?.find((c) => c.kind === "JOINT" && c.month === "2026-06")?.count).toBe(8);
    const footer = monthlyTables(twoTeams, "fi")[0]!.footer!;
    expect(footer.head).toBe("Yhteensä (kukin tapaaminen kerran)");
    const june = twoTeams.period.months.indexOf("2026-06");
    // team 1: 5 (June 1–5), team 2: 6 (June 3–6 and b's two) → overlap 5 + 6 − 8 = 3, small: "≥ 6".
    expect(cellText(footer.cells[june]!, { decimalComma: true })).toBe("≥ 6");
    expect(cellText(footer.cells[twoTeams.period.months.indexOf("2026-01")]!, { decimalComma: true })).toBe("0");
    expect(jointTable!.footer?.head).toBe("Yhteensä (kukin tapaaminen kerran)");
  });
});

describe("small counts are suppressed, and no total reveals them by subtraction", () => {
  it("shows 1–4 as <5 and totals with a hidden cell only as a lower bound", async () => {
    const k = await county();
    const second = await fresh.db.municipality.create({ data: { name: `Toinen-${randomUUID().slice(0, 6)}`, countyId: k.org.county.id } });
    const a = await k.collab();
    const b = await k.collab({ municipalityId: second.id });
    for (let d = 1; d <= 10; d++) await k.meeting(a, new Date(Date.UTC(2026, 0, d, 9))); // Jan: 10
    for (let d = 1; d <= 3; d++) await k.meeting(b, new Date(Date.UTC(2026, 0, d, 9))); // Jan: 3 → hidden
    for (let d = 1; d <= 6; d++) await k.meeting(a, new Date(Date.UTC(2026, 1, d, 9))); // Feb: 6
    for (let d = 1; d <= 5; d++) await k.meeting(b, new Date(Date.UTC(2026, 1, d, 9))); // Feb: 5

    const report = await monthlyCountReport(fresh.db, k.coordinator, { from: "2026-01-01", to: "2026-02-28" });
    const [joint] = monthlyTables(report, "fi");
    const text = tableAsText(joint!, { decimalComma: true });
    const rowOf = (name: string) => text.find((r) => r[0] === name)!;
    expect(rowOf(k.org.municipality.name)).toEqual([k.org.municipality.name, "10", "6", "16"]);
    // The hidden 3 cannot be recovered from its row total (≥ 6 = 5 + at least 1) ...
    expect(rowOf(second.name)).toEqual([second.name, "<5", "5", "≥ 6"]);
    // ... nor from January's column total or the grand total.
    expect(text.at(-1)).toEqual(["Yhteensä", "≥ 11", "11", "≥ 22"]);
    const shown = JSON.stringify(text);
    expect(shown).not.toContain('"13"'); // January's true total
    expect(shown).not.toContain('"24"'); // the true grand total
    expect(shown).not.toContain('"8"'); // the second municipality's true total
  });
});

describe("the model's figures on a hand-made dataset", () => {
  const period = resolvePeriod({ from: "2026-01-01", to: "2026-06-30" });
  const now = new Date("2026-07-15T09:00:00Z");
  const figures = (k: Awaited<ReturnType<typeof county>>) => computeModelFigures(fresh.db, { municipalityIds: [k.org.municipality.id], from: period.from, to: period.to, now });

  it("entry routes: collaborations whose concern was raised in the period, by route", async () => {
    const k = await county();
    for (let i = 0; i < 6; i++) await k.collab({ entryRoute: "NETWORK_WORKER", concernRaisedAt: new Date(Date.UTC(2026, 1, 1 + i)) });
    for (let i = 0; i < 2; i++) await k.collab({ entryRoute: "PHONE", concernRaisedAt: new Date(Date.UTC(2026, 2, 1 + i)) });
    await k.collab({ entryRoute: "ELECTRONIC_CONTACT", concernRaisedAt: new Date("2026-06-30T21:30:00Z") }); // 1 July 00.30 Helsinki: outside
    const f = await figures(k);
    expect(f.entryRoutes).toEqual({ NETWORK_WORKER: 6, PHONE: 2, ELECTRONIC_CONTACT: 0 });
    const table = figureTables(f, "fi").find((t) => t.id === "entryRoutes")!;
    expect(tableAsText(table, { decimalComma: true }).slice(1).map((r) => r[1])).toEqual(["6", "0", "<5", "≥ 7"]);
    expect(table.definition).toMatch(/puheeksiotto/);
  });

  it("days from puheeksiotto to the first held joint meeting: median and 90th percentile in Helsinki calendar days", async () => {
    const k = await county();
    const raised = new Date("2026-03-02T08:00:00Z");
    const day = 86_400_000;
    for (const d of [0, 1, 2, 3, 10]) {
      const c = await k.collab({ concernRaisedAt: raised });
      await k.meeting(c, new Date(raised.getTime() + d * day + 3_600_000));
      await k.meeting(c, new Date(raised.getTime() + (d + 30) * day)); // a later joint meeting does not count
    }
    // Raised at 23.30 Helsinki time, met at 00.30 the next day: one calendar day.
    const late = await k.collab({ concernRaisedAt: new Date("2026-05-04T20:30:00Z") });
    await k.meeting(late, new Date("2026-05-04T21:30:00Z"));
    // First joint meeting before the period: not in this period's figure.
    const before = await k.collab({ concernRaisedAt: new Date("2025-11-01T08:00:00Z") });
    await k.meeting(before, new Date("2025-12-01T08:00:00Z"));
    await k.meeting(before, new Date("2026-02-01T08:00:00Z"));
    // A cancelled meeting is not a joint meeting held.
    const cancelled = await k.collab({ concernRaisedAt: raised });
    await k.meeting(cancelled, new Date(raised.getTime() + day), { status: "CANCELLED" });

    const f = await figures(k);
    // days 0, 1, 1, 2, 3, 10: median 1.5; p90 = 3 + 0.5 × (10 − 3) = 6.5
    expect(f.delay).toEqual({ n: 6, median: 1.5, p90: 6.5 });
    const table = figureTables(f, "fi").find((t) => t.id === "delay")!;
    expect(tableAsText(table, { decimalComma: true }).slice(1).map((r) => r[1])).toEqual(["6", "1,5", "6,5"]);
  });

  it("share of joint meetings with a responsible worker named by the end of the meeting day", async () => {
    const k = await county();
    const worker = await buildUser(fresh.db, { roles: ["TEAM_MEMBER"] });
    const name = async (collaborationId: string, startedAt: Date, endedAt?: Date) =>
      fresh.db.responsibleWorker.create({ data: { collaborationId, userId: worker.id, slot: 1, assignedById: k.owner.id, startedAt, endedAt } });
    for (let i = 0; i < 5; i++) {
      const c = await k.collab();
      const m = await k.meeting(c, new Date(Date.UTC(2026, 3, 6 + i, 9)));
      await name(c.id, new Date(m.startsAt.getTime() + 3_600_000));
    }
    const nextDay = await k.collab();
    const m1 = await k.meeting(nextDay, new Date("2026-04-20T09:00:00Z"));
    await name(nextDay.id, new Date("2026-04-20T21:30:00Z")); // 00.30 the next day, Helsinki time
    const ended = await k.collab();
    const m2 = await k.meeting(ended, new Date("2026-04-21T09:00:00Z"));
    await name(ended.id, new Date("2026-03-01T09:00:00Z"), new Date(m2.startsAt.getTime() - 60_000));
    for (let i = 0; i < 3; i++) await k.meeting(await k.collab(), new Date(Date.UTC(2026, 3, 22 + i, 9)));
    // Follow-up meetings are not part of this figure.
    await k.meeting(await k.collab(), new Date("2026-04-28T09:00:00Z"), { kind: "FOLLOW_UP" });
    expect(m1).toBeTruthy();

    const f = await figures(k);
    expect(f.responsible).toEqual({ named: 5, notNamed: 5 });
    const table = figureTables(f, "fi").find((t) => t.id === "responsible")!;
    expect(tableAsText(table, { decimalComma: true }).slice(1).map((r) => r[1])).toEqual(["5", "5", "10", "50,0"]);
  });

  it("share of agreed follow-up contacts made within the agreed time", async () => {
    const k = await county();
    const plan = async (nextContactAt: Date, contacts: Date[], meetingAt = new Date("2026-03-01T09:00:00Z")) => {
      const c = await k.collab();
      await k.meeting(c, meetingAt);
      await fresh.db.jointPlan.create({ data: { collaborationId: c.id, nextContactAt, createdAt: new Date("2026-02-25T09:00:00Z") } });
      for (const at of contacts) await fresh.db.contactLogEntry.create({ data: { collaborationId: c.id, authorId: k.owner.id, contactedAt: at, channel: "PHONE" } });
    };
    const agreed = new Date("2026-03-10T10:00:00Z"); // 12.00 on 10 March
    await plan(agreed, [new Date("2026-03-10T20:00:00Z")]); // 22.00 the same day: in time
    for (let i = 0; i < 5; i++) await plan(agreed, [new Date("2026-03-09T08:00:00Z")]); // the day before: in time
    await plan(agreed, [new Date("2026-03-10T22:30:00Z")]); // 00.30 the next day: late
    await plan(agreed, []); // no contact at all
    await plan(agreed, [new Date("2026-02-27T08:00:00Z")]); // before the meeting: not a follow-up contact
    await plan(new Date("2026-07-20T10:00:00Z"), []); // agreed day outside the period
    await plan(new Date("2026-06-30T20:00:00Z"), []); // 23.00 on 30 June: in the period but checked with a later "now" only
    const f = await computeModelFigures(fresh.db, { municipalityIds: [k.org.municipality.id], from: period.from, to: period.to, now: new Date("2026-06-30T20:30:00Z") });
    expect(f.followUpContact).toEqual({ inTime: 6, notInTime: 3 });
    const table = figureTables(f, "fi").find((t) => t.id === "followUpContact")!;
    // 3 is hidden, so the total is a lower bound and the share is not shown (it would reveal the 3).
    expect(tableAsText(table, { decimalComma: true }).slice(1).map((r) => r[1])).toEqual(["6", "<5", "≥ 7", "–"]);
    const later = await figures(k); // on 15 July the 30 June contact is overdue too
    expect(later.followUpContact).toEqual({ inTime: 6, notInTime: 4 });
  });

  it("outcomes of collaborations closed in the period", async () => {
    const k = await county();
    for (let i = 0; i < 5; i++) await k.collab({ status: "CLOSED", closedAt: new Date(Date.UTC(2026, 4, 1 + i)), closureReason: "GOALS_REACHED" });
    await k.collab({ status: "CLOSED", closedAt: new Date("2026-05-10T10:00:00Z"), closureReason: "MOVED_AWAY" });
    await k.collab({ status: "CLOSED", closedAt: new Date("2026-05-11T10:00:00Z"), closureReason: null });
    await k.collab({ status: "CLOSED", closedAt: new Date("2025-12-11T10:00:00Z"), closureReason: "GOALS_REACHED" });
    const f = await figures(k);
    expect(f.outcomes).toEqual({ GOALS_REACHED: 5, OTHER_SERVICES: 0, FAMILY_WITHDREW: 0, MOVED_AWAY: 1, NOT_RECORDED: 1 });
  });

  it("feedback per question: answers and mean, the mean only from five answers up", async () => {
    const k = await county();
    const c = await k.collab();
    const held = await k.meeting(c, new Date("2026-04-01T09:00:00Z"));
    const old = await k.meeting(c, new Date("2025-04-01T09:00:00Z"));
    const give = (meetingId: string, respondent: "PARENT" | "CHILD", answers: Record<string, number>) =>
      fresh.db.feedback.create({ data: { meetingId, respondent, answers: { create: Object.entries(answers).map(([questionKey, score]) => ({ questionKey, score })) } } });
    for (const s of [5, 4, 4, 3, 5]) await give(held.id, "PARENT", { felt_heard: s });
    await give(held.id, "CHILD", { child_was_listened_to: 5 });
    await give(held.id, "CHILD", { child_was_listened_to: 3 });
    await give(old.id, "PARENT", { felt_heard: 1 });
    const f = await figures(k);
    expect(f.feedback.find((q) => q.key === "felt_heard")).toMatchObject({ kind: "PARENT", n: 5, mean: 4.2 });
    expect(f.feedback.find((q) => q.key === "child_was_listened_to")).toMatchObject({ kind: "CHILD", n: 2, mean: 4 });
    expect(f.feedback.find((q) => q.key === "knows_next_steps")).toMatchObject({ n: 0, mean: null });
    const rows = tableAsText(figureTables(f, "fi").find((t) => t.id === "feedback")!, { decimalComma: true });
    expect(rows.find((r) => r[0] === "Tulin kuulluksi.")).toEqual(["Tulin kuulluksi.", "Vanhempi", "5", "4,2"]);
    expect(rows.find((r) => r[0] === "Minua kuunneltiin.")).toEqual(["Minua kuunneltiin.", "Lapsi", "<5", "–"]);
  });

  it("most invited expertise, to meetings held in the period, most invited first", async () => {
    const k = await county();
    const users = await Promise.all(Array.from({ length: 6 }, () => buildUser(fresh.db, { roles: ["TEAM_MEMBER"] })));
    const c = await k.collab();
    const m = await k.meeting(c, new Date("2026-02-10T09:00:00Z"));
    const m2 = await k.meeting(c, new Date("2026-02-11T09:00:00Z"));
    const cancelled = await k.meeting(c, new Date("2026-02-12T09:00:00Z"), { status: "CANCELLED" });
    for (const u of users) await fresh.db.invitation.create({ data: { meetingId: m.id, userId: u.id, expertise: "PSYCHOLOGIST" } });
    for (const u of users.slice(0, 2)) await fresh.db.invitation.create({ data: { meetingId: m2.id, userId: u.id, expertise: "FAMILY_WORKER" } });
    await fresh.db.invitation.create({ data: { meetingId: m2.id, userId: users[2]!.id, expertise: null } });
    for (const u of users.slice(0, 3)) await fresh.db.invitation.create({ data: { meetingId: cancelled.id, userId: u.id, expertise: "SPEECH_THERAPIST" } });
    const f = await figures(k);
    expect(f.expertise).toEqual([
      { expertise: "PSYCHOLOGIST", count: 6 },
      { expertise: "FAMILY_WORKER", count: 2 },
    ]);
  });
});

describe("scoping: county coordinators see their municipalities, municipal coordinators their own", () => {
  it("scopes the report, refuses forged municipalities with NOT_FOUND, and names unknown ones", async () => {
    const k = await county();
    const sibling = await fresh.db.municipality.create({ data: { name: `Naapuri-${randomUUID().slice(0, 6)}`, countyId: k.org.county.id } });
    const other = await county(); // another county
    const municipal = session(await buildUser(fresh.db, { roles: ["COORDINATOR"], scopeMunicipalityId: k.org.municipality.id }));
    const sib = await k.collab({ municipalityId: sibling.id });
    for (let d = 1; d <= 5; d++) await k.meeting(sib, new Date(Date.UTC(2026, 4, d, 9)));

    const countyReport = await monthlyCountReport(fresh.db, k.coordinator, YEAR_2026);
    expect(countyReport.municipalities.map((m) => m.id).sort()).toEqual([k.org.municipality.id, sibling.id].sort());
    expect(countyReport.counts.some((c) => c.groupId === sibling.id)).toBe(true);

    const own = await monthlyCountReport(fresh.db, municipal, YEAR_2026);
    expect(own.municipalities.map((m) => m.id)).toEqual([k.org.municipality.id]);
    expect(own.counts).toEqual([]);

    const refused = (p: Promise<unknown>) => expect(p).rejects.toMatchObject({ code: "NOT_FOUND" });
    await refused(monthlyCountReport(fresh.db, municipal, { ...YEAR_2026, municipality: sibling.id }));
    await refused(monthlyCountReport(fresh.db, k.coordinator, { ...YEAR_2026, municipality: other.org.municipality.id }));
    await refused(modelFiguresReport(fresh.db, municipal, { ...YEAR_2026, municipality: sibling.id }));
    // Not a coordinator at all: the reports do not exist.
    await refused(monthlyCountReport(fresh.db, session(k.owner), YEAR_2026));

    const chosen = await monthlyCountReport(fresh.db, k.coordinator, { ...YEAR_2026, municipality: sibling.id });
    expect(chosen.municipalities.map((m) => m.id)).toEqual([sibling.id]);

    await expect(monthlyCountReport(fresh.db, k.coordinator, { ...YEAR_2026, municipality: randomUUID() })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { municipality: "unknownMunicipality" },
    });
  });
});

describe("bad input to the period", () => {
  it("gives translated field errors for end before start, more than 10 years and a malformed municipality", async () => {
    const k = await county();
    const errorOf = async (input: Record<string, string>) => {
      try {
        await monthlyCountReport(fresh.db, k.coordinator, input);
      } catch (e) {
        if (e instanceof AppError) return e.fieldErrors;
        throw e;
      }
      return null;
    };
    expect(await errorOf({ from: "2026-05-01", to: "2026-04-30" })).toEqual({ to: "periodEndBeforeStart" });
    expect(await errorOf({ from: "2016-01-01", to: "2026-01-01" })).toEqual({ to: "periodTooLong" });
    expect(await errorOf({ from: "2016-01-02", to: "2026-01-01" })).toBeNull(); // exactly ten years is fine
    expect(await errorOf({ ...YEAR_2026, municipality: "not-an-id" })).toEqual({ municipality: "unknownMunicipality" });
    expect(await errorOf({ from: "2026-02-30", to: "2026-03-01" })).toEqual({ from: "invalidDate" });
  });
});

describe("adoption stages", () => {
  it("changes a stage with a date and a note, keeps the history and counts stages over time", async () => {
    const k = await county();
    const other = await county();
    const change = (input: Record<string, string>, user = k.coordinator) => runSecureAction(changeStageAction, { db: fresh.db, user }, input);
    const m = k.org.municipality.id;
    expect(await change({ municipalityId: m, stage: "PLANNING", effectiveDate: "2024-02-01", note: "Ohjausryhmä päätti" })).toMatchObject({ ok: true });
    expect(await change({ municipalityId: m, stage: "ROOTED", effectiveDate: "2025-09-01", note: "" })).toMatchObject({ ok: true, data: { currentStage: "ROOTED" } });
    // A late entry for an earlier date fills in history without changing the current stage.
    expect(await change({ municipalityId: m, stage: "PILOTING", effectiveDate: "2025-01-15", note: "" })).toMatchObject({ ok: true, data: { currentStage: "ROOTED" } });
    expect((await fresh.db.municipality.findUniqueOrThrow({ where: { id: m } })).adoptionStage).toBe("ROOTED");

    const o = await adoptionOverview(fresh.db, k.coordinator, new Date("2026-06-15T10:00:00Z"));
    expect(o.municipalities).toEqual([expect.objectContaining({ id: m, stage: "ROOTED", since: "2025-09-01" })]);
    expect(o.history.map((h) => [h.effectiveDate, h.stage])).toEqual([
      ["2025-09-01", "ROOTED"],
      ["2025-01-15", "PILOTING"],
      ["2024-02-01", "PLANNING"],
    ]);
    const at = (date: string) => o.overTime.find((p) => p.date === date)!.counts;
    expect(at("2023-09-30").NO_ANSWER).toBe(1); // before the first recorded change
    expect(at("2024-03-31").PLANNING).toBe(1);
    expect(at("2025-03-31").PILOTING).toBe(1);
    expect(at("2025-09-30").ROOTED).toBe(1);
    expect(o.overTime.at(-1)!.date).toBe("2026-06-15");
    const [stages, history, overTime] = adoptionTables(o, "fi");
    expect(tableAsText(stages!, { decimalComma: true })[1]).toEqual([k.org.municipality.name, "Malli on juurtumassa/juurtunut osaksi perustoimintaa", "1.9.2025"]);
    expect(history!.rows[2]!.cells.map((c) => cellText(c, { decimalComma: true }))).toEqual([k.org.municipality.name, "Käyttöönottoa/kokeilua suunnitellaan", "Ohjausryhmä päätti"]);
    expect(overTime!.rows).toHaveLength(7);

    const audit = await fresh.db.auditEvent.findMany({ where: { action: "municipality.stage.change", objectId: m } });
    expect(audit).toHaveLength(3);

    // Bad input: no date, a future date; out of scope is NOT_FOUND.
    expect(await change({ municipalityId: m, stage: "PILOTING", effectiveDate: "", note: "" })).toMatchObject({ ok: false, fieldErrors: { effectiveDate: "invalidDate" } });
    expect(await change({ municipalityId: m, stage: "PILOTING", effectiveDate: "2999-01-01", note: "" })).toMatchObject({ ok: false, fieldErrors: { effectiveDate: "stageDateInFuture" } });
    expect(await change({ municipalityId: other.org.municipality.id, stage: "PILOTING", effectiveDate: "2025-01-01", note: "" })).toMatchObject({ ok: false, status: 404 });
    const municipal = session(await buildUser(fresh.db, { roles: ["COORDINATOR"], scopeMunicipalityId: other.org.municipality.id }));
    expect(await change({ municipalityId: m, stage: "PILOTING", effectiveDate: "2025-01-01", note: "" }, municipal)).toMatchObject({ ok: false, status: 404 });
    expect(await change({ municipalityId: other.org.municipality.id, stage: "PILOTING", effectiveDate: "2025-01-01", note: "" }, municipal)).toMatchObject({ ok: true });
  });
});

describe("downloads carry the table exactly, with the same suppression", () => {
  async function sampleTable(): Promise<ReportTable> {
    const k = await county();
    const second = await fresh.db.municipality.create({ data: { name: `Kunta; "lainaus"-${randomUUID().slice(0, 6)}`, countyId: k.org.county.id } });
    const a = await k.collab();
    const b = await k.collab({ municipalityId: second.id });
    for (let d = 1; d <= 7; d++) await k.meeting(a, new Date(Date.UTC(2026, 0, d, 9)));
    for (let d = 1; d <= 2; d++) await k.meeting(b, new Date(Date.UTC(2026, 1, d, 9)));
    const report = await monthlyCountReport(fresh.db, k.coordinator, { from: "2026-01-01", to: "2026-03-31" });
    return monthlyTables(report, "fi")[0]!;
  }

  it("CSV: UTF-8 with BOM, semicolons, CRLF, decimal comma, parsed back equal to the table", async () => {
    const table = await sampleTable();
    const csv = tableToCsv(table, { suppressedNote: "huom" });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split("\r\n");
    const parse = (line: string) => {
      const out: string[] = [];
      let cur = "";
      let q = false;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i]!;
        if (q && ch === '"' && line[i + 1] === '"') (cur += '"'), i++;
        else if (ch === '"') q = !q;
        else if (ch === ";" && !q) out.push(cur), (cur = "");
        else cur += ch;
      }
      out.push(cur);
      return out;
    };
    const expected = tableAsText(table, { decimalComma: true });
    expect(lines.slice(0, expected.length).map(parse)).toEqual(expected);
    expect(expected.flat()).toContain("<5");
    expect(expected.at(-1)).toEqual(["Yhteensä", "7", "<5", "0", "≥ 8"]);
    expect(lines).toContain("huom");
    // Decimal comma in figures
    const f = figureTables(
      { entryRoutes: { NETWORK_WORKER: 0, ELECTRONIC_CONTACT: 0, PHONE: 0 }, delay: { n: 7, median: 2.5, p90: 12.25 }, responsible: { named: 0, notNamed: 0 }, followUpContact: { inTime: 0, notInTime: 0 }, outcomes: { GOALS_REACHED: 0, OTHER_SERVICES: 0, FAMILY_WITHDREW: 0, MOVED_AWAY: 0, NOT_RECORDED: 0 }, feedback: [], expertise: [] },
      "fi",
    ).find((t) => t.id === "delay")!;
    expect(tableToCsv(f, { suppressedNote: "" }).split("\r\n").slice(1, 4).map((l) => l.split(";")[1])).toEqual(["7", "2,5", "12,3"]);
  });

  it("XLSX: a real workbook, read back with exceljs, equal to the table (numbers as numbers, <5 as text)", async () => {
    const table = await sampleTable();
    const buffer = await tableToXlsx(table, { suppressedNote: "huom" });
    expect(buffer.subarray(0, 2).toString()).toBe("PK");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const expected = tableAsText(table, { decimalComma: true });
    const read: string[][] = [];
    for (let r = 1; r <= expected.length; r++) {
      const row = ws.getRow(r);
      read.push(Array.from({ length: expected[0]!.length }, (_, i) => String(row.getCell(i + 1).value ?? "")));
    }
    expect(read).toEqual(expected);
    const rowOf = (prefix: string) => [2, 3].map((r) => ws.getRow(r)).find((row) => String(row.getCell(1).value).startsWith(prefix))!;
    expect(rowOf("Testikunta").getCell(2).value).toBe(7); // a number, not text
    expect(rowOf("Kunta;").getCell(3).value).toBe("<5");
  });
});
