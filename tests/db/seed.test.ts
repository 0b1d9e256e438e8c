import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password.ts";
import { seedDemo, stableId } from "@/prisma/seed/seed-demo.ts";
import { DEMO_LOGINS, DEMO_PASSWORD, STAR_AREAS } from "@/prisma/seed/demo-data.ts";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database.ts";

let fresh: FreshDatabase;
let firstRun: Awaited<ReturnType<typeof seedDemo>>;
beforeAll(async () => {
  fresh = await freshDatabase();
  firstRun = await seedDemo(fresh.db);
});
afterAll(() => fresh?.close());

/** Row count and a digest of every row of every table, for comparing whole databases. */
async function snapshot(): Promise<Record<string, { rows: number; md5: string }>> {
  const tables = await fresh.db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const result: Record<string, { rows: number; md5: string }> = {};
  for (const { name } of tables) {
    const [row] = await fresh.db.$queryRawUnsafe<{ rows: number; md5: string }[]>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS md5 FROM "${name}" t`,
    );
    result[name] = row!;
  }
  return result;
}

describe("the demo seed", () => {
  it("creates every demo log-in with its roles, the shared password and the right scope", async () => {
    const expected: Record<string, string[]> = {
      "leena.laakso@siilinjarvi.example": ["FRONTLINE_WORKER"],
      "mikko.makela@kuopio.example": ["FRONTLINE_WORKER"],
      "sanna.savolainen@siilinjarvi.example": ["TEAM_MEMBER"],
      "anna.lindqvist@kuopio.example": ["TEAM_MEMBER"],
      "olli.ohjaus@pohjoissavo.example": ["GUIDANCE_WORKER"],
      "kaisa.koordinaattori@pohjoissavo.example": ["COORDINATOR"],
      "kalle.kuntakoordinaattori@siilinjarvi.example": ["COORDINATOR"],
      "paula.paakayttaja@pohjoissavo.example": ["ADMIN"],
    };
    expect(DEMO_LOGINS.map((l) => l.email).sort()).toEqual(Object.keys(expected).sort());
    const users = await fresh.db.user.findMany({ where: { email: { in: Object.keys(expected) } }, include: { unit: true } });
    expect(users).toHaveLength(8);
    for (const user of users) {
      expect(user.roles, user.email).toEqual(expected[user.email]);
      expect(user.active).toBe(true);
    }
    const byEmail = Object.fromEntries(users.map((u) => [u.email, u]));
    expect(await verifyPassword(byEmail["leena.laakso@siilinjarvi.example"]!.passwordHash!, DEMO_PASSWORD)).toBe(true);
    expect(byEmail["anna.lindqvist@kuopio.example"]!.locale).toBe("sv");
    expect(byEmail["leena.laakso@siilinjarvi.example"]!.unit?.sector).toBe("ECEC");
    expect(byEmail["olli.ohjaus@pohjoissavo.example"]!.unit?.sector).toBe("GUIDANCE_SERVICE");

    const county = await fresh.db.county.findFirstOrThrow({ where: { name: "Pohjois-Savon hyvinvointialue" } });
    expect(byEmail["kaisa.koordinaattori@pohjoissavo.example"]!.scopeCountyId).toBe(county.id);
    const siilinjarvi = await fresh.db.municipality.findUniqueOrThrow({ where: { name: "Siilinjärvi" } });
    expect(byEmail["kalle.kuntakoordinaattori@siilinjarvi.example"]!.scopeMunicipalityId).toBe(siilinjarvi.id);

    // Every role is represented, and the Siilinjärvi team has its psychologist.
    const allRoles = new Set((await fresh.db.user.findMany({ select: { roles: true } })).flatMap((u) => u.roles));
    expect([...allRoles].sort()).toEqual(["ADMIN", "COORDINATOR", "FRONTLINE_WORKER", "GUIDANCE_WORKER", "TEAM_MEMBER"]);
    const sanna = await fresh.db.teamMember.findFirstOrThrow({
      where: { user: { email: "sanna.savolainen@siilinjarvi.example" } },
      include: { team: true },
    });
    expect(sanna).toMatchObject({ expertise: "PSYCHOLOGIST", team: { name: "Siilinjärven perhekeskustiimi" } });
  });

  it("creates the published wellbeing-star template with all its areas and sub-areas", async () => {
    const template = await fresh.db.starTemplate.findUniqueOrThrow({
      where: { version: 1 },
      include: { areas: { include: { parent: true }, orderBy: { sortOrder: "asc" } } },
    });
    expect(template.status).toBe("PUBLISHED");
    expect(template.publishedAt).not.toBeNull();
    expect(template.source).toBe("THL työpaperi 26/2017 (Pohjois-Savo LAPE)");
    expect(template.areas).toHaveLength(16);
    expect(template.areas.map((a) => a.key)).toEqual(STAR_AREAS.map((a) => a.key));

    const top = template.areas.filter((a) => !a.parentId).map((a) => a.labelFi);
    expect(top).toEqual([
      "Lapsen terveys, kasvu ja kehitys",
      "Vanhempana toimiminen ja suhde lapseen",
      "Sosiaalinen hyvinvointi: perhe ja ympäristötekijät",
      "Lapsen kokemus ihmissuhteista ja turvallisuudesta",
      "Lapsen käsitys itsestään",
      "Lapsen kokemus perheestä, päiväkodista, koulusta, vapaa-ajasta, ystävistä",
    ]);
    const subAreas = (side: string) => template.areas.filter((a) => a.parent?.labelFi === side).map((a) => a.labelFi);
    expect(subAreas("Lapsen terveys, kasvu ja kehitys")).toEqual(["Lapsen vahvuudet", "Lapsen toimintakyky", "Lapsen omat arjen ympäristöt"]);
    expect(subAreas("Vanhempana toimiminen ja suhde lapseen")).toEqual([
      "Vanhemmuuden vahvuudet",
      "Vanhemman toimintakyky",
      "Vanhemman kyky ymmärtää lasta",
      "Vanhemman omat arjen ympäristöt",
    ]);
    expect(subAreas("Sosiaalinen hyvinvointi: perhe ja ympäristötekijät")).toEqual(["Perheen olosuhteet ja verkostot", "Perheen historia", "Palvelut"]);
    for (const a of template.areas) {
      expect(a.labelSv, a.key).not.toBe("");
      expect(a.labelEn, a.key).not.toBe("");
    }
  });

  it("gives coordinators a year of held joint meetings in working hours, and the frontline log-ins their families", async () => {
    expect(firstRun).toEqual({ users: expect.any(Number), municipalities: 8, meetings: 150 });
    const meetings = await fresh.db.jointMeeting.findMany({ include: { collaboration: true } });
    expect(meetings).toHaveLength(150);
    for (const m of meetings) {
      expect(m.status).toBe("HELD");
      expect(m.endsAt.getTime() - m.startsAt.getTime()).toBe(90 * 60_000);
      expect(m.icsUid).toBe(`${m.id}@yhteinen-aika.example`);
      expect(m.municipalityId).toBe(m.collaboration.municipalityId);
      expect(m.areaId).toBe(m.collaboration.areaId);
      expect(m.startsAt >= new Date("2026-01-01T00:00:00+02:00") && m.startsAt < new Date("2026-12-01T00:00:00+02:00")).toBe(true);
    }
    const hours = await fresh.db.$queryRawUnsafe<{ early: number; late: number; weekend: number }[]>(
      `SELECT count(*) FILTER (WHERE ("startsAt" AT TIME ZONE 'Europe/Helsinki')::time < '08:00')::int AS early,
              count(*) FILTER (WHERE ("endsAt" AT TIME ZONE 'Europe/Helsinki')::time > '16:00')::int AS late,
              count(*) FILTER (WHERE extract(isodow FROM "startsAt" AT TIME ZONE 'Europe/Helsinki') > 5)::int AS weekend
       FROM "JointMeeting"`,
    );
    expect(hours[0]).toEqual({ early: 0, late: 0, weekend: 0 });
    expect(await fresh.db.roomBooking.count()).toBe(0);
    // Each held meeting had a family-centre team member of its own area, so the team view has figures.
    const invited = await fresh.db.jointMeeting.findMany({ select: { areaId: true, invitations: { select: { status: true, user: { select: { teamMemberships: { select: { team: { select: { areaId: true } } } } } } } } } });
    for (const m of invited) {
      expect(m.invitations.length).toBeGreaterThanOrEqual(1);
      for (const i of m.invitations) {
        expect(i.status).toBe("ACCEPTED");
        expect(i.user.teamMemberships.map((t) => t.team.areaId)).toContain(m.areaId);
      }
    }
    // Closed work had a responsible worker, whose role ended at the closing (off every active list);
    // parents and professionals left feedback. So each coordinator figure has something to show.
    const responsible = await fresh.db.responsibleWorker.findMany({ include: { collaboration: true } });
    expect(responsible.length).toBeGreaterThan(20);
    for (const r of responsible) expect(r.endedAt?.getTime()).toBe(r.collaboration.closedAt?.getTime());
    const answers = await fresh.db.feedbackAnswer.groupBy({ by: ["questionKey"], _count: true, _min: { score: true }, _max: { score: true } });
    expect(answers.map((a) => a.questionKey).sort()).toEqual(
      ["solutions_found_early", "right_experts_present", "felt_heard", "whole_situation_clearer", "knows_next_steps", "not_alone_with_concern", "team_expertise_supported", "avoided_duplicate_work", "learned_others_expertise", "right_people_present"].sort(),
    );
    for (const a of answers) {
      expect(a._count).toBeGreaterThanOrEqual(5);
      expect(a._min.score).toBeGreaterThanOrEqual(3);
      expect(a._max.score).toBeLessThanOrEqual(5);
    }

    const leena = await fresh.db.collaboration.findMany({
      where: { owner: { email: "leena.laakso@siilinjarvi.example" } },
      include: { members: true, family: { include: { guardians: true, children: true } } },
    });
    expect(leena).toHaveLength(2);
    for (const c of leena) {
      expect(c).toMatchObject({ status: "CONCERN_RAISED", entryRoute: "NETWORK_WORKER" });
      expect(c.familyWishes).toBeTruthy();
      expect(c.members).toEqual([expect.objectContaining({ userId: c.ownerId, role: "OWNER" })]);
      expect(c.family.guardians.length).toBeGreaterThan(0);
      expect(c.family.children.length).toBeGreaterThan(0);
    }
    expect(await fresh.db.collaboration.count({ where: { owner: { email: "mikko.makela@kuopio.example" } } })).toBe(1);
  });

  it("changes nothing when run a second time", async () => {
    const before = await snapshot();
    expect(before.User!.rows).toBeGreaterThan(0);
    const secondRun = await seedDemo(fresh.db);
    expect(secondRun).toEqual(firstRun);
    expect(await snapshot()).toEqual(before);
  });

  it("derives ids as valid name-based UUIDs", () => {
    const id = stableId("county");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableId("county")).toBe(id);
    expect(stableId("municipality:Kuopio")).not.toBe(id);
  });
});

describe("today's demo meeting", () => {
  it("gives the demo frontline worker a joint meeting that can be opened now, once", async () => {
    const { seedTodaysMeeting } = await import("@/prisma/seed/todays-meeting.ts");
    const { startMeeting } = await import("@/lib/meetings/start-meeting.ts");
    const now = new Date();
    const first = await seedTodaysMeeting(fresh.db, now);
    expect(first.created).toBe(true);
    expect(await seedTodaysMeeting(fresh.db, new Date(now.getTime() + 86_400_000))).toEqual({ meetingId: first.meetingId, created: false });
    const meeting = await fresh.db.jointMeeting.findUniqueOrThrow({ where: { id: first.meetingId }, include: { invitations: true, roomBooking: true, collaboration: { include: { consents: true } } } });
    expect(meeting.startsAt.getTime()).toBeLessThanOrEqual(now.getTime());
    expect(meeting.invitations.map((i) => i.status)).toEqual(["ACCEPTED"]);
    expect(meeting.roomBooking).not.toBeNull();
    expect(meeting.collaboration.status).toBe("MEETING_SCHEDULED");
    expect(meeting.collaboration.consents.map((c) => c.invitableExpertise)).toEqual([["PSYCHOLOGIST"], ["PSYCHOLOGIST"]]);
    const chair = await fresh.db.user.findUniqueOrThrow({ where: { id: meeting.organizerId } });
    await fresh.db.$transaction((tx) => startMeeting(tx, { id: chair.id, name: chair.name, email: chair.email, roles: chair.roles, locale: chair.locale }, meeting.id, now));
    expect(await fresh.db.jointMeeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({ status: "IN_PROGRESS" });
  });
});

describe("the demo family in follow-up", () => {
  it("gives the demo team member a family to follow up, with a published plan and an overdue contact, once", async () => {
    const { seedFamilyInFollowUp } = await import("@/prisma/seed/family-in-follow-up.ts");
    const { listMyFollowUps } = await import("@/lib/follow-up/list-my-follow-ups.ts");
    const now = new Date();
    const first = await seedFamilyInFollowUp(fresh.db, now);
    expect(first.created).toBe(true);
    expect(await seedFamilyInFollowUp(fresh.db, new Date(now.getTime() + 86_400_000))).toEqual({ meetingId: first.meetingId, created: false });

    const anna = await fresh.db.user.findUniqueOrThrow({ where: { email: "anna.lindqvist@kuopio.example" } });
    const rows = await listMyFollowUps(fresh.db, { id: anna.id });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ due: "OVERDUE" });
    const meeting = await fresh.db.jointMeeting.findUniqueOrThrow({ where: { id: first.meetingId }, include: { collaboration: { include: { plan: { include: { versions: true } } } } } });
    expect(meeting.status).toBe("HELD");
    expect(meeting.collaboration.status).toBe("PLAN_ACTIVE");
    expect(meeting.collaboration.plan?.versions.map((v) => v.versionNumber)).toEqual([1]);
  });
});
