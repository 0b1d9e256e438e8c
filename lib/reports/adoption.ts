// Käyttöönoton vaihe (seed 001): each municipality's adoption stage, its history, and how many
// municipalities were in each stage over time. A coordinator changes a stage with the date it took
// effect and a note; every change is kept (MunicipalityStageChange) and the municipality's current
// stage is the latest change by effective date.
import { defineAction } from "../actions/secure-action.ts";
import type { Db, DbOrTx } from "../db/types.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { AdoptionStage } from "../db/generated/enums.ts";
import { notFound } from "../errors/app-error.ts";
import { auditChange } from "../audit/audit.ts";
import { ADOPTION_STAGES, changeStageSchema, type ChangeStage, type ChangeStageInput } from "./adoption-schema.ts";
import { coordinatorScope, requireMunicipalityInScope, type CoordinatorScope } from "./coordinator-scope.ts";
import { helsinkiDay } from "./period.ts";

export { ADOPTION_STAGES, changeStageSchema, type ChangeStage, type ChangeStageInput };

export async function changeStage(tx: DbOrTx, user: SessionUser, input: ChangeStage): Promise<{ id: string; currentStage: AdoptionStage }> {
  const change = await tx.municipalityStageChange.create({
    data: {
      municipalityId: input.municipalityId,
      stage: input.stage,
      effectiveDate: new Date(`${input.effectiveDate}T00:00:00Z`),
      note: input.note === "" ? null : input.note,
      changedById: user.id,
    },
    select: { id: true },
  });
  // A change dated earlier than the latest one fills in history; the current stage stays the latest.
  const latest = await tx.municipalityStageChange.findFirstOrThrow({
    where: { municipalityId: input.municipalityId },
    orderBy: [{ effectiveDate: "desc" }, { createdAt: "desc" }],
    select: { stage: true },
  });
  await tx.municipality.update({ where: { id: input.municipalityId }, data: { adoptionStage: latest.stage } });
  await auditChange(tx, "municipality.stage.change", {
    actorId: user.id,
    objectType: "Municipality",
    objectId: input.municipalityId,
    details: { stage: input.stage, effectiveDate: input.effectiveDate },
  });
  return { id: change.id, currentStage: latest.stage };
}

export const changeStageAction = defineAction({
  name: "municipality.stage.change",
  capability: "reports.view",
  schema: changeStageSchema,
  policy: ({ tx, user, input }) => requireMunicipalityInScope(tx, user, input.municipalityId),
  run: ({ tx, user, input }) => changeStage(tx, user, input),
});

export interface StageHistoryEntry {
  id: string;
  municipalityId: string;
  municipalityName: string;
  stage: AdoptionStage;
  /** "2026-03-01" */
  effectiveDate: string;
  note: string | null;
}

export interface AdoptionOverview {
  scope: CoordinatorScope;
  municipalities: { id: string; name: string; stage: AdoptionStage; since: string | null }[];
  history: StageHistoryEntry[];
  /** the number of municipalities in each stage at the end of each point in time */
  overTime: { date: string; counts: Record<AdoptionStage, number> }[];
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The stage of a municipality on a day: its latest change effective on or before that day. Before
 * its first recorded change it had no answer; one with no history at all is shown in its current
 * stage throughout (it was set before history was kept).
 */
export function stageOn(day: string, history: { stage: AdoptionStage; effectiveDate: string }[], current: AdoptionStage): AdoptionStage {
  if (history.length === 0) return current;
  let found: AdoptionStage = "NO_ANSWER";
  for (const h of history) if (h.effectiveDate <= day) found = h.stage; // history sorted ascending
  return found;
}

/** Quarter ends over the last three years, and today. */
export function stageChartDays(now: Date): string[] {
  const today = helsinkiDay(now);
  const y = Number(today.slice(0, 4));
  const days: string[] = [];
  for (let year = y - 3; year <= y; year++) {
    for (const md of ["03-31", "06-30", "09-30", "12-31"]) {
      const d = `${year}-${md}`;
      if (d < today && d > `${y - 3}-${today.slice(5)}`) days.push(d);
    }
  }
  days.push(today);
  return days;
}

export async function adoptionOverview(db: Db, user: SessionUser, now = new Date()): Promise<AdoptionOverview> {
  const scope = await coordinatorScope(db, user);
  const ids = scope.municipalities.map((m) => m.id);
  const changes = await db.municipalityStageChange.findMany({
    where: { municipalityId: { in: ids } },
    orderBy: [{ effectiveDate: "asc" }, { createdAt: "asc" }],
    select: { id: true, municipalityId: true, stage: true, effectiveDate: true, note: true },
  });
  const byMunicipality = new Map<string, { stage: AdoptionStage; effectiveDate: string }[]>();
  for (const c of changes) {
    const list = byMunicipality.get(c.municipalityId) ?? [];
    list.push({ stage: c.stage, effectiveDate: isoDate(c.effectiveDate) });
    byMunicipality.set(c.municipalityId, list);
  }
  const names = new Map(scope.municipalities.map((m) => [m.id, m.name]));
  const overTime = stageChartDays(now).map((date) => {
    const counts = Object.fromEntries(ADOPTION_STAGES.map((s) => [s, 0])) as Record<AdoptionStage, number>;
    for (const m of scope.municipalities) counts[stageOn(date, byMunicipality.get(m.id) ?? [], m.adoptionStage as AdoptionStage)]++;
    return { date, counts };
  });
  return {
    scope,
    municipalities: scope.municipalities.map((m) => {
      const h = byMunicipality.get(m.id) ?? [];
      return { id: m.id, name: m.name, stage: m.adoptionStage as AdoptionStage, since: h.length > 0 ? h[h.length - 1]!.effectiveDate : null };
    }),
    history: changes
      .map((c) => ({ id: c.id, municipalityId: c.municipalityId, municipalityName: names.get(c.municipalityId) ?? "", stage: c.stage, effectiveDate: isoDate(c.effectiveDate), note: c.note }))
      .reverse(),
    overTime,
  };
}
