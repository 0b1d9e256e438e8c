// The joint meeting's agenda (seed 001, "Rooli yhteisellä ajalla" and the flow in DOMAIN.md), with
// a suggested share of the booked time for each part, so the chair can keep the schedule.

export const AGENDA_STEPS = ["welcome", "star", "plan", "responsible", "followUp", "feedback"] as const;
export type AgendaStep = (typeof AGENDA_STEPS)[number];

/** Suggested share of the booked time in per cent (sums to 100): the star and the plan are the heart of it. */
const SHARE: Record<AgendaStep, number> = { welcome: 10, star: 35, plan: 30, responsible: 5, followUp: 10, feedback: 10 };

export interface AgendaSlot {
  step: AgendaStep;
  startsAt: Date;
  endsAt: Date;
}

/**
 * Splits the booked time into the agenda's parts, each rounded to whole minutes, the last ending
 * exactly at the booked end.
 */
export function agendaSchedule(startsAt: Date, endsAt: Date): AgendaSlot[] {
  const totalMinutes = Math.max(0, Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000));
  let elapsed = 0;
  let cumulative = 0;
  return AGENDA_STEPS.map((step, i) => {
    cumulative += SHARE[step];
    const end = i === AGENDA_STEPS.length - 1 ? totalMinutes : Math.round((totalMinutes * cumulative) / 100);
    const slot = { step, startsAt: new Date(startsAt.getTime() + elapsed * 60_000), endsAt: new Date(startsAt.getTime() + end * 60_000) };
    elapsed = end;
    return slot;
  });
}

export type ClockState = { kind: "before"; minutesToStart: number } | { kind: "running"; minutesLeft: number } | { kind: "over"; minutesOver: number };

/** Where the meeting is against its booked time, in whole minutes (rounded up while running). */
export function clockState(now: Date, startsAt: Date, endsAt: Date): ClockState {
  const t = now.getTime();
  if (t < startsAt.getTime()) return { kind: "before", minutesToStart: Math.ceil((startsAt.getTime() - t) / 60_000) };
  if (t <= endsAt.getTime()) return { kind: "running", minutesLeft: Math.ceil((endsAt.getTime() - t) / 60_000) };
  return { kind: "over", minutesOver: Math.floor((t - endsAt.getTime()) / 60_000) };
}
