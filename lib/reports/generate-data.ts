// A realistic large dataset for the coordinator reports, generated inside PostgreSQL with
// generate_series (no rows travel over the wire): one county with its municipalities, areas,
// family-centre teams and workers, families and collaborations over N years with their entry routes,
// joint and follow-up meetings (held, cancelled, upcoming), invitations by expertise, responsible
// workers, joint plans with agreed next contacts and contact log entries, closures, feedback and
// adoption-stage history. Families carry no names (the reports never read them).
import type pg from "pg";

export interface DataSize {
  municipalities: number;
  years: number;
  collaborations: number;
  meetings: number;
}

export const DATA_SIZES: Record<"small" | "county" | "region" | "country", DataSize> = {
  small: { municipalities: 3, years: 2, collaborations: 2_000, meetings: 4_000 },
  county: { municipalities: 30, years: 5, collaborations: 200_000, meetings: 400_000 },
  region: { municipalities: 100, years: 5, collaborations: 1_000_000, meetings: 2_000_000 },
  country: { municipalities: 300, years: 5, collaborations: 3_000_000, meetings: 6_000_000 },
};

export interface GeneratedData {
  countyId: string;
  coordinatorEmail: string;
  tag: string;
  rows: Record<string, number>;
}

/** Fills the (migrated) database; returns the new county and the county coordinator's e-mail. */
export async function generateData(client: pg.Client, size: DataSize, opts: { now?: Date; log?: (msg: string) => void } = {}): Promise<GeneratedData> {
  const log = opts.log ?? (() => {});
  const now = opts.now ?? new Date();
  const tag = `gen${Date.now().toString(36)}`;
  const rows: Record<string, number> = {};
  const run = async (label: string, sql: string, params: unknown[] = []) => {
    const started = Date.now();
    const r = await client.query(sql, params);
    rows[label] = (rows[label] ?? 0) + (r.rowCount ?? 0);
    log(`${label}: ${r.rowCount ?? 0} rows in ${Date.now() - started} ms`);
    return r;
  };
  const start = new Date(now.getTime() - size.years * 365.25 * 86_400_000);
  await client.query("BEGIN");
  try {
    // The rows are consistent by construction: where allowed (a superuser on PostgreSQL), skip the
    // per-row foreign-key triggers for speed. Elsewhere (PGlite, a normal role) they simply run.
    await client.query("SAVEPOINT fk");
    try {
      await client.query("SET LOCAL session_replication_role = replica");
      await client.query("RELEASE SAVEPOINT fk");
      log("foreign-key triggers skipped for the bulk insert");
    } catch {
      await client.query("ROLLBACK TO SAVEPOINT fk");
    }
    const county = await run("County", `INSERT INTO "County"(id, name) VALUES (gen_random_uuid(), $1) RETURNING id`, [`Generoitu hyvinvointialue ${tag}`]);
    const countyId = county.rows[0].id as string;
    await run(
      "Municipality",
      `INSERT INTO "Municipality"(id, "countyId", name, "adoptionStage")
       SELECT gen_random_uuid(), $1, $2 || ' kunta ' || lpad(g::text, 3, '0'), (enum_range(NULL::"AdoptionStage"))[1 + g % 5]
         FROM generate_series(1, $3::int) g`,
      [countyId, tag, size.municipalities],
    );
    await run(
      "Area",
      `INSERT INTO "Area"(id, "municipalityId", name)
       SELECT gen_random_uuid(), m.id, 'Alue ' || a FROM "Municipality" m, generate_series(1, 3) a WHERE m."countyId" = $1`,
      [countyId],
    );
    // Numbered areas, for spreading rows evenly with modulo arithmetic.
    await client.query(`CREATE TEMP TABLE gen_area ON COMMIT DROP AS
      SELECT row_number() OVER (ORDER BY a.id) - 1 AS i, a.id, a."municipalityId" FROM "Area" a JOIN "Municipality" m ON m.id = a."municipalityId" WHERE m."countyId" = $1`, [countyId]);
    const areaCount = Number((await client.query(`SELECT count(*) AS n FROM gen_area`)).rows[0].n);
    // One frontline worker (owner and chair) per area, and a six-person family-centre team per area.
    await run(
      "User",
      `INSERT INTO "User"(id, email, name, title, roles)
       SELECT gen_random_uuid(), $1 || '-owner-' || a.i || '@generated.example', 'Lähityöntekijä ' || a.i, 'lastentarhanopettaja', ARRAY['FRONTLINE_WORKER']::"Role"[] FROM gen_area a`,
      [tag],
    );
    await run(
      "FamilyCentreTeam",
      `INSERT INTO "FamilyCentreTeam"(id, "areaId", name) SELECT gen_random_uuid(), a.id, $1 || ' perhekeskustiimi ' || a.i FROM gen_area a`,
      [tag],
    );
    await run(
      "User",
      `INSERT INTO "User"(id, email, name, title, roles)
       SELECT gen_random_uuid(), $1 || '-team-' || a.i || '-' || k || '@generated.example', 'Tiimiläinen ' || a.i || '-' || k, 'asiantuntija', ARRAY['TEAM_MEMBER']::"Role"[]
         FROM gen_area a, generate_series(0, 5) k`,
      [tag],
    );
    await run(
      "TeamMember",
      `INSERT INTO "TeamMember"(id, "teamId", "userId", expertise)
       SELECT gen_random_uuid(), t.id, u.id, (ARRAY['PSYCHOLOGIST','FAMILY_WORKER','SOCIAL_COUNSELLOR','SPEECH_THERAPIST','PUBLIC_HEALTH_NURSE','SOCIAL_WORKER']::"Expertise"[])[1 + split_part(split_part(u.email, '@', 1), '-', 4)::int]
         FROM gen_area a JOIN "FamilyCentreTeam" t ON t."areaId" = a.id
         JOIN "User" u ON u.email LIKE $1 || '-team-' || a.i || '-%'`,
      [tag],
    );
    const coordinatorEmail = `${tag}-koordinaattori@generated.example`;
    await run(
      "User",
      `INSERT INTO "User"(id, email, name, title, roles, "scopeCountyId") VALUES (gen_random_uuid(), $1, 'Koordinaattori', 'perhekeskuskoordinaattori', ARRAY['COORDINATOR']::"Role"[], $2)`,
      [coordinatorEmail, countyId],
    );
    await client.query(`CREATE TEMP TABLE gen_owner ON COMMIT DROP AS
      SELECT a.i, u.id FROM gen_area a JOIN "User" u ON u.email = $1 || '-owner-' || a.i || '@generated.example'`, [tag]);
    await client.query(`CREATE TEMP TABLE gen_team ON COMMIT DROP AS
      SELECT a.i AS area_i, split_part(split_part(u.email, '@', 1), '-', 4)::int AS k, u.id AS user_id, tm.expertise
        FROM gen_area a JOIN "User" u ON u.email LIKE $1 || '-team-' || a.i || '-%' JOIN "TeamMember" tm ON tm."userId" = u.id`, [tag]);
    await client.query(`CREATE INDEX ON gen_team(area_i, k)`);

    // Collaborations: spread over the period, a little more towards the end (the model spreading).
    await client.query(
      `CREATE TEMP TABLE gen_c ON COMMIT DROP AS
       SELECT g AS n, gen_random_uuid() AS id, gen_random_uuid() AS family_id, (g % $1::int) AS area_i,
              $2::timestamptz + (sqrt(random()) * ($3::timestamptz - $2::timestamptz - interval '2 days')) AS raised,
              (ARRAY['NETWORK_WORKER','NETWORK_WORKER','NETWORK_WORKER','ELECTRONIC_CONTACT','PHONE']::"EntryRoute"[])[1 + floor(random() * 5)::int] AS route,
              floor(random() * 21)::int AS delay_days
         FROM generate_series(1, $4::int) g`,
      [areaCount, start, now, size.collaborations],
    );
    await client.query(`ALTER TABLE gen_c ADD PRIMARY KEY (n)`);
    await client.query(`CREATE UNIQUE INDEX ON gen_c(id)`);
    // Temporary tables are never auto-analyzed: without statistics the planner picks nested loops.
    await client.query(`ANALYZE gen_area; ANALYZE gen_owner; ANALYZE gen_team; ANALYZE gen_c`);
    await run(
      "Family",
      `INSERT INTO "Family"(id, "municipalityId", "createdAt") SELECT c.family_id, a."municipalityId", c.raised FROM gen_c c JOIN gen_area a ON a.i = c.area_i`,
    );
    await run(
      "Collaboration",
      `INSERT INTO "Collaboration"(id, "familyId", "municipalityId", "areaId", "ownerId", "entryRoute", status, "concernRaisedAt", "needIdentifiedTogether", "closedAt", "closureReason", "createdAt", "updatedAt")
       SELECT c.id, c.family_id, a."municipalityId", a.id, o.id, c.route,
              CASE WHEN c.raised < $1::timestamptz - interval '1 year' AND c.n % 5 < 3 THEN 'CLOSED'::"CollaborationStatus" ELSE 'PLAN_ACTIVE'::"CollaborationStatus" END,
              c.raised, true,
              CASE WHEN c.raised < $1::timestamptz - interval '1 year' AND c.n % 5 < 3 THEN c.raised + (120 + (c.n % 200)) * interval '1 day' END,
              CASE WHEN c.raised < $1::timestamptz - interval '1 year' AND c.n % 5 < 3 THEN
                CASE WHEN c.n % 17 = 0 THEN NULL ELSE (ARRAY['GOALS_REACHED','GOALS_REACHED','GOALS_REACHED','OTHER_SERVICES','FAMILY_WITHDREW','MOVED_AWAY']::"ClosureReason"[])[1 + c.n % 6] END END,
              c.raised, c.raised
         FROM gen_c c JOIN gen_area a ON a.i = c.area_i JOIN gen_owner o ON o.i = c.area_i`,
      [now],
    );
    await run(
      "CollaborationMember",
      `INSERT INTO "CollaborationMember"(id, "collaborationId", "userId", role, "addedAt")
       SELECT gen_random_uuid(), c.id, o.id, 'OWNER', c.raised FROM gen_c c JOIN gen_owner o ON o.i = c.area_i`,
    );
    // Meetings: every collaboration's joint meeting first, the rest follow-up meetings of the same
    // collaborations, about six weeks apart, between 8 and 16 Helsinki time.
    await run(
      "JointMeeting",
      `INSERT INTO "JointMeeting"(id, "collaborationId", "municipalityId", "areaId", kind, status, mode, "startsAt", "endsAt", "organizerId", "icsUid", "completedAt", "createdAt", "updatedAt")
       SELECT x.id, x.cid, x.mun, x.area, x.kind,
              CASE WHEN x.starts >= $3::timestamptz THEN 'SCHEDULED'::"MeetingStatus" WHEN x.k % 23 = 0 THEN 'CANCELLED'::"MeetingStatus" ELSE 'HELD'::"MeetingStatus" END,
              'IN_PERSON', x.starts, x.starts + interval '90 minutes', x.org, x.id::text || '@generated',
              CASE WHEN x.starts < $3::timestamptz AND x.k % 23 <> 0 THEN x.starts + interval '90 minutes' END, x.raised, x.raised
         FROM (SELECT gen_random_uuid() AS id, k, c.id AS cid, a."municipalityId" AS mun, a.id AS area, o.id AS org, c.raised,
                      CASE WHEN k <= $1::int THEN 'JOINT'::"MeetingKind" ELSE 'FOLLOW_UP'::"MeetingKind" END AS kind,
                      ((date_trunc('day', c.raised AT TIME ZONE 'Europe/Helsinki')
                        + (c.delay_days + ((k - 1) / $1::int) * 42 + k % 3) * interval '1 day'
                        + (8 + k % 8) * interval '1 hour') AT TIME ZONE 'Europe/Helsinki') AS starts
                 FROM generate_series(1, $2::int) k
                 JOIN gen_c c ON c.n = 1 + (k - 1) % $1::int
                 JOIN gen_area a ON a.i = c.area_i
                 JOIN gen_owner o ON o.i = c.area_i) x`,
      [size.collaborations, size.meetings, now],
    );
    await client.query(`ANALYZE "JointMeeting"`);
    await run(
      "Invitation",
      `INSERT INTO "Invitation"(id, "meetingId", "userId", expertise, status, "sentAt", "respondedAt")
       SELECT gen_random_uuid(), m.id, t.user_id, t.expertise, 'ACCEPTED', m."createdAt", m."createdAt"
         FROM "JointMeeting" m JOIN gen_c c ON c.id = m."collaborationId"
         JOIN gen_team t ON t.area_i = c.area_i AND t.k IN (c.n % 6, CASE WHEN c.n % 2 = 0 THEN (c.n + 1) % 6 END)
        WHERE m.kind = 'JOINT'`,
    );
    await run(
      "ResponsibleWorker",
      `INSERT INTO "ResponsibleWorker"(id, "collaborationId", "userId", slot, "assignedById", "startedAt")
       SELECT gen_random_uuid(), m."collaborationId", t.user_id, 1, m."organizerId", m."startsAt" + interval '80 minutes'
         FROM "JointMeeting" m JOIN gen_c c ON c.id = m."collaborationId" JOIN gen_team t ON t.area_i = c.area_i AND t.k = c.n % 6
        WHERE m.kind = 'JOINT' AND m.status = 'HELD' AND c.n % 7 <> 0`,
    );
    await run(
      "JointPlan",
      `INSERT INTO "JointPlan"(id, "collaborationId", "nextContactAt", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), m."collaborationId", m."startsAt" + (14 + c.n % 17) * interval '1 day', m."startsAt", m."startsAt"
         FROM "JointMeeting" m JOIN gen_c c ON c.id = m."collaborationId"
        WHERE m.kind = 'JOINT' AND m.status = 'HELD'`,
    );
    await client.query(`ANALYZE "JointPlan"`);
    await run(
      "ContactLogEntry",
      `INSERT INTO "ContactLogEntry"(id, "collaborationId", "authorId", "contactedAt", channel)
       SELECT gen_random_uuid(), p."collaborationId", o.id,
              p."nextContactAt" + CASE WHEN c.n % 9 = 0 THEN interval '5 days' ELSE -(c.n % 3) * interval '1 day' END,
              (ARRAY['PHONE','MEETING','MESSAGE','HOME_VISIT']::"ContactChannel"[])[1 + c.n % 4]
         FROM "JointPlan" p JOIN gen_c c ON c.id = p."collaborationId" JOIN gen_owner o ON o.i = c.area_i
        WHERE c.n % 11 <> 0 AND p."nextContactAt" < $1::timestamptz`,
      [now],
    );
    await run(
      "Feedback",
      `INSERT INTO "Feedback"(id, "meetingId", respondent, "createdAt")
       SELECT gen_random_uuid(), m.id, r.kind, m."startsAt" + interval '85 minutes'
         FROM "JointMeeting" m JOIN gen_c c ON c.id = m."collaborationId"
         CROSS JOIN LATERAL (VALUES ('PARENT'::"FeedbackRespondent"), ('PROFESSIONAL'::"FeedbackRespondent")) r(kind)
        WHERE m.status = 'HELD' AND m.kind = 'JOINT' AND c.n % 3 = 0`,
    );
    await client.query(`ANALYZE "Feedback"`);
    await run(
      "FeedbackAnswer",
      `INSERT INTO "FeedbackAnswer"(id, "feedbackId", "questionKey", score)
       SELECT gen_random_uuid(), f.id, q.key, 3 + floor(random() * 3)::int - CASE WHEN random() < 0.1 THEN 2 ELSE 0 END
         FROM "Feedback" f JOIN "JointMeeting" m ON m.id = f."meetingId" JOIN gen_c c ON c.id = m."collaborationId"
         JOIN (VALUES ('PARENT', 'solutions_found_early'), ('PARENT', 'right_experts_present'), ('PARENT', 'felt_heard'), ('PARENT', 'whole_situation_clearer'), ('PARENT', 'knows_next_steps'),
                      ('PROFESSIONAL', 'not_alone_with_concern'), ('PROFESSIONAL', 'team_expertise_supported'), ('PROFESSIONAL', 'avoided_duplicate_work'), ('PROFESSIONAL', 'learned_others_expertise'), ('PROFESSIONAL', 'right_people_present')) q(kind, key)
           ON q.kind = f.respondent::text`,
    );
    await run(
      "MunicipalityStageChange",
      `INSERT INTO "MunicipalityStageChange"(id, "municipalityId", stage, "effectiveDate", note)
       SELECT gen_random_uuid(), m.id, (enum_range(NULL::"AdoptionStage"))[s], ($1::date + ((s * 200 + (abs(hashtext(m.id::text)) % 150)) * interval '1 day'))::date, 'Generoitu'
         FROM "Municipality" m, generate_series(1, 5) s
        WHERE m."countyId" = $2 AND s <= 1 + (array_position(enum_range(NULL::"AdoptionStage"), m."adoptionStage") - 1)`,
      [start.toISOString().slice(0, 10), countyId],
    );
    await client.query("COMMIT");
    // As autovacuum would soon do: statistics for the planner and the visibility map that lets the
    // monthly counts run as an index-only scan.
    await client.query(`VACUUM ANALYZE`);
    return { countyId, coordinatorEmail, tag, rows };
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  }
}
