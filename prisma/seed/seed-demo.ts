// Loads the demo data (demo-data.ts) into the database. Idempotent: every row has a deterministic
// id (stableId) and deterministic values, including timestamps, and is written with
// createMany({ skipDuplicates: true }) (INSERT … ON CONFLICT DO NOTHING): a second run, or a run
// after an admin has edited demo rows, changes nothing. Parents are written before children, all in
// one transaction, so a failed run leaves nothing half-seeded.
import { createHash } from "node:crypto";
import type { Db } from "../../lib/db/create-client.ts";
import type { Prisma } from "../../lib/db/generated/client.ts";
import { hashPassword } from "../../lib/auth/password.ts";
import { FEEDBACK_QUESTIONS } from "../../lib/feedback/questions.ts";
import {
  ADMIN_EMAIL,
  COORDINATOR_EMAIL,
  DEMO_COUNTY,
  DEMO_FAMILIES,
  DEMO_MUNICIPALITIES,
  DEMO_PASSWORD,
  DEMO_TEAMS,
  DEMO_USERS,
  HISTORIC_COLLABORATIONS,
  HISTORIC_MEETINGS,
  ORGANISATION_CREATED_AT,
  STAR_AREAS,
  STAR_TEMPLATE,
  helsinki,
  type DemoUnitRef,
} from "./demo-data.ts";

/** A name-based UUID (version 5 layout) from sha256("yhteinen-aika-demo:" + name). */
export function stableId(name: string): string {
  const b = createHash("sha256").update(`yhteinen-aika-demo:${name}`).digest().subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// The names the ids are derived from. Keep them stable: changing one makes a new row.
export const demoIds = {
  county: () => stableId("county"),
  municipality: (name: string) => stableId(`municipality:${name}`),
  stageChange: (municipality: string, index: number) => stableId(`stage-change:${municipality}:${index}`),
  area: (name: string) => stableId(`area:${name}`),
  unit: (ref: DemoUnitRef) => stableId(`unit:${ref.area}/${ref.unit}`),
  room: (ref: DemoUnitRef, room: string) => stableId(`room:${ref.area}/${ref.unit}/${room}`),
  user: (email: string) => stableId(`user:${email}`),
  team: (name: string) => stableId(`team:${name}`),
  teamMember: (team: string, email: string, expertise: string) => stableId(`team-member:${team}/${email}/${expertise}`),
  starTemplate: (version: number) => stableId(`star-template:${version}`),
  starArea: (version: number, key: string) => stableId(`star-area:${version}/${key}`),
  family: (key: string) => stableId(`family:${key}`),
  guardian: (key: string, index: number) => stableId(`guardian:${key}:${index}`),
  child: (key: string, index: number) => stableId(`child:${key}:${index}`),
  collaboration: (key: string) => stableId(`collaboration:${key}`),
  member: (key: string, email: string, role: string) => stableId(`collaboration-member:${key}/${email}/${role}`),
  meeting: (key: string) => stableId(`meeting:${key}`),
  invitation: (meetingKey: string, email: string) => stableId(`invitation:${meetingKey}/${email}`),
  responsible: (collaborationKey: string) => stableId(`responsible-worker:${collaborationKey}`),
  feedback: (meetingKey: string, kind: string) => stableId(`feedback:${meetingKey}/${kind}`),
  feedbackAnswer: (meetingKey: string, kind: string, question: string) => stableId(`feedback-answer:${meetingKey}/${kind}/${question}`),
};

const date = (iso: string) => new Date(iso);
/** A DATE column: midnight UTC of the calendar day. */
const calendarDate = (ymd: string) => new Date(`${ymd}T00:00:00.000Z`);

function municipalityOfArea(areaName: string): string {
  const m = DEMO_MUNICIPALITIES.find((mu) => mu.areas.some((a) => a.name === areaName));
  if (!m) throw new Error(`Unknown demo area ${areaName}`);
  return m.name;
}

export async function seedDemo(db: Db): Promise<{ users: number; municipalities: number; meetings: number }> {
  // argon2 salts every hash differently: hash once, and never update an existing user (skipDuplicates).
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const countyId = demoIds.county();
  const createdAt = date(ORGANISATION_CREATED_AT);

  const municipalities: Prisma.MunicipalityCreateManyInput[] = [];
  const stageChanges: Prisma.MunicipalityStageChangeCreateManyInput[] = [];
  const areas: Prisma.AreaCreateManyInput[] = [];
  const units: Prisma.UnitCreateManyInput[] = [];
  const rooms: Prisma.RoomCreateManyInput[] = [];
  for (const m of DEMO_MUNICIPALITIES) {
    const municipalityId = demoIds.municipality(m.name);
    municipalities.push({ id: municipalityId, countyId, name: m.name, nameSv: m.nameSv, adoptionStage: m.adoptionStage, createdAt });
    m.stageHistory.forEach((s, i) => {
      const [y, mo, d] = s.effectiveDate.split("-").map(Number) as [number, number, number];
      stageChanges.push({
        id: demoIds.stageChange(m.name, i),
        municipalityId,
        stage: s.stage,
        effectiveDate: calendarDate(s.effectiveDate),
        note: s.note,
        changedById: demoIds.user(COORDINATOR_EMAIL),
        createdAt: date(helsinki(y, mo, d, 9, 0)),
      });
    });
    for (const a of m.areas) {
      areas.push({ id: demoIds.area(a.name), municipalityId, name: a.name });
      for (const u of a.units) {
        const ref = { area: a.name, unit: u.name };
        units.push({ id: demoIds.unit(ref), areaId: demoIds.area(a.name), name: u.name, sector: u.sector });
        for (const r of u.rooms ?? []) {
          rooms.push({ id: demoIds.room(ref, r.name), unitId: demoIds.unit(ref), name: r.name, capacity: r.capacity, accessible: r.accessible ?? true });
        }
      }
    }
  }

  const unitIds = new Set(units.map((u) => u.id));
  const users: Prisma.UserCreateManyInput[] = DEMO_USERS.map((u) => {
    const unitId = u.unit ? demoIds.unit(u.unit) : null;
    if (unitId && !unitIds.has(unitId)) throw new Error(`Demo user ${u.email}: unknown unit ${u.unit?.area}/${u.unit?.unit}`);
    return {
      id: demoIds.user(u.email),
      email: u.email,
      name: u.name,
      title: u.title,
      unitId,
      roles: u.roles,
      locale: u.locale,
      passwordHash,
      scopeCountyId: u.scope && "county" in u.scope ? countyId : null,
      scopeMunicipalityId: u.scope && "municipality" in u.scope ? demoIds.municipality(u.scope.municipality) : null,
      createdAt,
    };
  });
  const userIds = new Set(users.map((u) => u.id));
  const userId = (email: string) => {
    const id = demoIds.user(email);
    if (!userIds.has(id)) throw new Error(`Unknown demo user ${email}`);
    return id;
  };

  const teams: Prisma.FamilyCentreTeamCreateManyInput[] = DEMO_TEAMS.map((t) => ({ id: demoIds.team(t.name), areaId: demoIds.area(t.area), name: t.name }));
  const teamMembers: Prisma.TeamMemberCreateManyInput[] = DEMO_TEAMS.flatMap((t) =>
    t.members.map((m) => ({
      id: demoIds.teamMember(t.name, m.email, m.expertise),
      teamId: demoIds.team(t.name),
      userId: userId(m.email),
      expertise: m.expertise,
    })),
  );

  const templateId = demoIds.starTemplate(STAR_TEMPLATE.version);
  const starArea = (a: (typeof STAR_AREAS)[number]): Prisma.StarAreaCreateManyInput => ({
    id: demoIds.starArea(STAR_TEMPLATE.version, a.key),
    templateId,
    key: a.key,
    parentId: a.parentKey ? demoIds.starArea(STAR_TEMPLATE.version, a.parentKey) : null,
    sortOrder: a.sortOrder,
    labelFi: a.labelFi,
    labelSv: a.labelSv,
    labelEn: a.labelEn,
  });

  // Families: the demo log-ins' current work, then one minimal family per historic collaboration.
  const families: Prisma.FamilyCreateManyInput[] = [];
  const guardians: Prisma.GuardianCreateManyInput[] = [];
  const children: Prisma.ChildCreateManyInput[] = [];
  const collaborations: Prisma.CollaborationCreateManyInput[] = [];
  const members: Prisma.CollaborationMemberCreateManyInput[] = [];
  for (const f of DEMO_FAMILIES) {
    const familyId = demoIds.family(f.key);
    const c = f.collaboration;
    const at = date(c.concernRaisedAt);
    families.push({ id: familyId, municipalityId: demoIds.municipality(f.municipality), language: f.language, createdAt: at });
    f.guardians.forEach((g, i) =>
      guardians.push({ id: demoIds.guardian(f.key, i), familyId, firstName: g.firstName, lastName: g.lastName, phone: g.phone, language: g.language }),
    );
    f.children.forEach((ch, i) => children.push({ id: demoIds.child(f.key, i), familyId, firstName: ch.firstName, birthYear: ch.birthYear }));
    collaborations.push({
      id: demoIds.collaboration(f.key),
      familyId,
      municipalityId: demoIds.municipality(f.municipality),
      areaId: demoIds.area(f.area),
      ownerId: userId(f.ownerEmail),
      entryRoute: c.entryRoute,
      status: "CONCERN_RAISED",
      concernZone: c.concernZone,
      lapsetPuheeksiHeld: c.lapsetPuheeksiHeld,
      strengthsHome: c.strengthsHome,
      vulnerabilitiesHome: c.vulnerabilitiesHome,
      strengthsEcecSchool: c.strengthsEcecSchool,
      vulnerabilitiesEcecSchool: c.vulnerabilitiesEcecSchool,
      strengthsFreeTime: c.strengthsFreeTime,
      vulnerabilitiesFreeTime: c.vulnerabilitiesFreeTime,
      situationMapping: c.situationMapping,
      familyWishes: c.familyWishes,
      meetingTopics: c.meetingTopics,
      needIdentifiedTogether: c.needIdentifiedTogether,
      concernRaisedAt: at,
      createdAt: at,
      updatedAt: at,
    });
    members.push({ id: demoIds.member(f.key, f.ownerEmail, "OWNER"), collaborationId: demoIds.collaboration(f.key), userId: userId(f.ownerEmail), role: "OWNER", addedAt: at });
  }
  for (const h of HISTORIC_COLLABORATIONS) {
    const familyId = demoIds.family(h.key);
    const at = date(h.concernRaisedAt);
    families.push({ id: familyId, municipalityId: demoIds.municipality(h.municipality), language: h.familyLanguage, createdAt: at });
    collaborations.push({
      id: demoIds.collaboration(h.key),
      familyId,
      municipalityId: demoIds.municipality(h.municipality),
      areaId: demoIds.area(h.area),
      ownerId: userId(h.ownerEmail),
      entryRoute: h.entryRoute,
      status: h.status,
      concernZone: h.concernZone,
      needIdentifiedTogether: true,
      concernRaisedAt: at,
      closedAt: h.closedAt ? date(h.closedAt) : null,
      closureReason: h.closureReason,
      createdAt: at,
      updatedAt: date(h.updatedAt),
    });
    members.push({ id: demoIds.member(h.key, h.ownerEmail, "OWNER"), collaborationId: demoIds.collaboration(h.key), userId: userId(h.ownerEmail), role: "OWNER", addedAt: at });
  }

  const meetings: Prisma.JointMeetingCreateManyInput[] = HISTORIC_MEETINGS.map((m) => {
    if (municipalityOfArea(m.area) !== m.municipality) throw new Error(`Meeting ${m.key}: area ${m.area} is not in ${m.municipality}`);
    const id = demoIds.meeting(m.key);
    return {
      id,
      collaborationId: demoIds.collaboration(m.collaborationKey),
      municipalityId: demoIds.municipality(m.municipality),
      areaId: demoIds.area(m.area),
      kind: m.kind,
      status: "HELD",
      mode: "IN_PERSON",
      startsAt: date(m.startsAt),
      endsAt: date(m.endsAt),
      organizerId: userId(m.organizerEmail),
      icsUid: `${id}@yhteinen-aika.example`,
      icsSequence: 0,
      startedAt: date(m.startsAt),
      completedAt: date(m.endsAt),
      createdAt: date(m.createdAt),
      updatedAt: date(m.endsAt),
    };
  });

  // Each historic meeting had one member of a team of its area (in turn), every third one a second.
  const teamsByArea = new Map<string, (typeof DEMO_TEAMS)[number]["members"]>();
  for (const t of DEMO_TEAMS) teamsByArea.set(t.area, [...(teamsByArea.get(t.area) ?? []), ...t.members]);
  const invitations: Prisma.InvitationCreateManyInput[] = HISTORIC_MEETINGS.flatMap((m, i) => {
    const pool = teamsByArea.get(m.area) ?? [];
    const invited = pool.length === 0 ? [] : i % 3 === 0 && pool.length > 1 ? [pool[i % pool.length]!, pool[(i + 1) % pool.length]!] : [pool[i % pool.length]!];
    return invited.map((p) => ({
      id: demoIds.invitation(m.key, p.email),
      meetingId: demoIds.meeting(m.key),
      userId: userId(p.email),
      expertise: p.expertise,
      status: "ACCEPTED" as const,
      sentAt: date(m.createdAt),
      respondedAt: date(m.createdAt),
    }));
  });

  // Closed historic work had a responsible worker from the meeting's team, named at the joint
  // meeting and ending at the closing (so none of them shows on anyone's active list). The open
  // ones have none recorded: the coordinators' "responsible worker named" share is not 100 %.
  const responsibleWorkers: Prisma.ResponsibleWorkerCreateManyInput[] = HISTORIC_COLLABORATIONS.flatMap((c) => {
    const joint = HISTORIC_MEETINGS.find((m) => m.collaborationKey === c.key && m.kind === "JOINT");
    const first = joint && invitations.find((inv) => inv.meetingId === demoIds.meeting(joint.key));
    if (c.status !== "CLOSED" || !joint || !first || !c.closedAt) return [];
    return [{ id: demoIds.responsible(c.key), collaborationId: demoIds.collaboration(c.key), userId: first.userId, slot: 1, assignedById: userId(joint.organizerEmail), startedAt: date(joint.endsAt), endedAt: date(c.closedAt) }];
  });
  // Anonymous feedback: parents after most joint meetings, professionals after every third; scores 3–5.
  const feedback: Prisma.FeedbackCreateManyInput[] = [];
  const feedbackAnswers: Prisma.FeedbackAnswerCreateManyInput[] = [];
  HISTORIC_MEETINGS.filter((m) => m.kind === "JOINT").forEach((m, i) => {
    const kinds = [...(i % 5 !== 4 ? (["PARENT"] as const) : []), ...(i % 3 === 0 ? (["PROFESSIONAL"] as const) : [])];
    for (const kind of kinds) {
      const id = demoIds.feedback(m.key, kind);
      feedback.push({ id, meetingId: demoIds.meeting(m.key), respondent: kind, createdAt: date(m.endsAt) });
      FEEDBACK_QUESTIONS[kind].forEach((q, k) => feedbackAnswers.push({ id: demoIds.feedbackAnswer(m.key, kind, q), feedbackId: id, questionKey: q, score: 3 + ((i + k) % 3) }));
    }
  });

  const skipDuplicates = true;
  await db.$transaction(
    async (tx) => {
      await tx.county.createMany({ data: [{ id: countyId, name: DEMO_COUNTY.name, createdAt }], skipDuplicates });
      await tx.municipality.createMany({ data: municipalities, skipDuplicates });
      await tx.area.createMany({ data: areas, skipDuplicates });
      await tx.unit.createMany({ data: units, skipDuplicates });
      await tx.room.createMany({ data: rooms, skipDuplicates });
      await tx.user.createMany({ data: users, skipDuplicates });
      await tx.municipalityStageChange.createMany({ data: stageChanges, skipDuplicates });
      await tx.familyCentreTeam.createMany({ data: teams, skipDuplicates });
      await tx.teamMember.createMany({ data: teamMembers, skipDuplicates });
      await tx.starTemplate.createMany({
        data: [
          {
            id: templateId,
            version: STAR_TEMPLATE.version,
            status: STAR_TEMPLATE.status,
            source: STAR_TEMPLATE.source,
            publishedAt: date(STAR_TEMPLATE.publishedAt),
            createdById: userId(ADMIN_EMAIL),
            createdAt: date(STAR_TEMPLATE.createdAt),
          },
        ],
        skipDuplicates,
      });
      // Sides (and the child's-experience areas) before the sub-areas that point to them.
      await tx.starArea.createMany({ data: STAR_AREAS.filter((a) => !a.parentKey).map(starArea), skipDuplicates });
      await tx.starArea.createMany({ data: STAR_AREAS.filter((a) => a.parentKey).map(starArea), skipDuplicates });
      await tx.family.createMany({ data: families, skipDuplicates });
      await tx.guardian.createMany({ data: guardians, skipDuplicates });
      await tx.child.createMany({ data: children, skipDuplicates });
      await tx.collaboration.createMany({ data: collaborations, skipDuplicates });
      await tx.collaborationMember.createMany({ data: members, skipDuplicates });
      // Historic meetings: no room bookings or records, but the team members who came, the
      // responsible worker and the feedback, so every coordinator figure has something to show.
      await tx.jointMeeting.createMany({ data: meetings, skipDuplicates });
      await tx.invitation.createMany({ data: invitations, skipDuplicates });
      await tx.responsibleWorker.createMany({ data: responsibleWorkers, skipDuplicates });
      await tx.feedback.createMany({ data: feedback, skipDuplicates });
      await tx.feedbackAnswer.createMany({ data: feedbackAnswers, skipDuplicates });
    },
    { maxWait: 10_000, timeout: 120_000 },
  );

  return { users: users.length, municipalities: municipalities.length, meetings: meetings.length };
}
