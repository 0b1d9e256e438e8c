// A family already in follow-up, so the responsible worker's page ("Minun perheeni") can be tried at
// once: the Mononen family (mikko-1) had its joint meeting three weeks ago, named the social
// counsellor Anna Lindqvist as responsible worker, and the published plan's next contact was two
// days ago, so it shows as overdue. The plan is named and published through the app's own domain
// functions, so its version snapshot is exactly what the product would have made.
// Idempotent like the rest of the seed: a second run finds the meeting and changes nothing.
import type { Db } from "../../lib/db/create-client.ts";
import type { SessionUser } from "../../lib/auth/session-user.ts";
import { nameResponsibleWorkers } from "../../lib/plans/name-responsible-workers.ts";
import { publishPlan } from "../../lib/plans/publish-plan.ts";
import { nameResponsibleWorkersSchema, publishPlanSchema } from "../../lib/plans/schema.ts";
import { fromHelsinkiWallClock, toHelsinkiWallClock } from "../../lib/time/helsinki-wall-clock.ts";
import { demoIds, stableId } from "./seed-demo.ts";

const FAMILY = "mikko-1";
const CHAIR = { email: "mikko.makela@kuopio.example", name: "Mikko Mäkelä" };
const RESPONSIBLE = "anna.lindqvist@kuopio.example";
const DAY = 86_400_000;

export async function seedFamilyInFollowUp(db: Db, now = new Date()): Promise<{ meetingId: string; created: boolean }> {
  const meetingId = stableId(`meeting:${FAMILY}-held`);
  if (await db.jointMeeting.findUnique({ where: { id: meetingId }, select: { id: true } })) return { meetingId, created: false };
  const day = toHelsinkiWallClock(new Date(now.getTime() - 21 * DAY)).date;
  const startsAt = fromHelsinkiWallClock(day, "09:00")!;
  const endsAt = new Date(startsAt.getTime() + 90 * 60_000);
  const collaborationId = demoIds.collaboration(FAMILY);
  const chairId = demoIds.user(CHAIR.email);
  const responsibleId = demoIds.user(RESPONSIBLE);
  const guardianId = demoIds.guardian(FAMILY, 0);
  const chair: SessionUser = { id: chairId, name: CHAIR.name, email: CHAIR.email, roles: ["FRONTLINE_WORKER"], locale: "fi" };
  const wall = (instant: Date) => {
    const w = toHelsinkiWallClock(instant);
    return `${w.date}T${w.time}`;
  };
  const nextContactAt = fromHelsinkiWallClock(toHelsinkiWallClock(new Date(now.getTime() - 2 * DAY)).date, "14:00")!;

  await db.$transaction(
    async (tx) => {
      await tx.consent.create({
        data: {
          id: stableId(`consent:${FAMILY}:0`),
          collaborationId,
          guardianId,
          method: "VERBAL",
          givenOn: new Date(`${toHelsinkiWallClock(new Date(startsAt.getTime() - 7 * DAY)).date}T00:00:00.000Z`),
          invitableExpertise: ["SOCIAL_COUNSELLOR", "PSYCHOLOGIST", "FAMILY_WORKER"],
          recordedById: chairId,
        },
      });
      await tx.jointMeeting.create({
        data: {
          id: meetingId,
          collaborationId,
          municipalityId: demoIds.municipality("Kuopio"),
          areaId: demoIds.area("Kuopio keskusta"),
          kind: "JOINT",
          status: "HELD",
          mode: "IN_PERSON",
          startsAt,
          endsAt,
          startedAt: startsAt,
          completedAt: endsAt,
          organizerId: chairId,
          icsUid: `${meetingId}@yhteinen-aika.example`,
          createdAt: new Date(startsAt.getTime() - 5 * DAY),
          invitations: { create: { userId: responsibleId, expertise: "SOCIAL_COUNSELLOR", status: "ACCEPTED", sentAt: startsAt, respondedAt: startsAt } },
          attendances: {
            create: [
              { kind: "PROFESSIONAL", userId: chairId },
              { kind: "PROFESSIONAL", userId: responsibleId },
              { kind: "GUARDIAN", guardianId },
            ],
          },
        },
      });
      await tx.collaborationMember.create({ data: { collaborationId, userId: responsibleId, role: "INVITED", addedAt: startsAt } });
      await nameResponsibleWorkers(
        tx,
        chair,
        nameResponsibleWorkersSchema.parse({ collaborationId, userIds: [responsibleId], namedByFamily: true, familyAgreement: "Petri toivoi sosiaaliohjaajaa, koska he tuntevat jo toisensa." }),
        endsAt,
      );
      const action = (n: number, setting: string, description: string, who: string, place = "") => ({ actionId: stableId(`plan-action:${FAMILY}:${n}`), setting, description, who, dueDate: "", place });
      await publishPlan(
        tx,
        chair,
        publishPlanSchema.parse({
          collaborationId,
          version: 0, // no working copy yet
          meetingId,
          thingsNeedingChange: "Veetin väsymys ja poissaolot koulusta; illat venyvät ruutujen ääressä.",
          actions: [
            action(0, "HOME", "Yhteinen iltarutiini: ruudut kiinni klo 21, Veeti nukkumaan klo 22.", "Petri ja Veeti"),
            action(1, "EVERYDAY_ENVIRONMENT", "Poissaoloista soitetaan isälle samana päivänä; aamuihin joustava aloitus kahdesti viikossa.", "Luokanopettaja"),
            action(2, "ELSEWHERE", "Jalkapalloharrastus takaisin; valmentaja ottaa Veetin mukaan talvikauteen.", "Petri", "Kuopion Palloseura"),
          ],
          followUpWorkerToFamily: "Anna soittaa Petrille kahden viikon välein.",
          followUpFamilyToWorker: "Petri soittaa tai lähettää tekstiviestin arkisin klo 9–15.",
          nextContactAt: wall(nextContactAt),
        }),
        endsAt,
      );
      await tx.collaboration.update({ where: { id: collaborationId }, data: { status: "PLAN_ACTIVE" } });
      await tx.contactLogEntry.create({
        data: {
          collaborationId,
          authorId: responsibleId,
          contactedAt: new Date(now.getTime() - 10 * DAY),
          channel: "PHONE",
          note: "Illat rauhoittuneet, aamut yhä raskaita.",
          nextContactAt,
        },
      });
    },
    { timeout: 60_000 },
  );
  return { meetingId, created: true };
}
