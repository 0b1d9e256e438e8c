// The chair keeps the schedule: the agenda divides the booked time, and the clock says where the
// meeting is against the booked end, in whole minutes.
import { describe, expect, it } from "vitest";
import { AGENDA_STEPS, agendaSchedule, clockState } from "@/lib/meetings/agenda.ts";

const at = (hhmm: string) => new Date(`2026-03-29T${hhmm}:00+03:00`);

describe("agenda schedule", () => {
  it("covers the booked time exactly, in order, without gaps", () => {
    const slots = agendaSchedule(at("09:00"), at("10:30"));
    expect(slots.map((s) => s.step)).toEqual([...AGENDA_STEPS]);
    expect(slots[0]!.startsAt).toEqual(at("09:00"));
    expect(slots.at(-1)!.endsAt).toEqual(at("10:30"));
    slots.slice(1).forEach((s, i) => expect(s.startsAt).toEqual(slots[i]!.endsAt));
  });

  it("gives the star and the plan the most time", () => {
    const minutes = agendaSchedule(at("09:00"), at("10:30")).map((s) => [s.step, (s.endsAt.getTime() - s.startsAt.getTime()) / 60_000]);
    expect(Object.fromEntries(minutes)).toEqual({ welcome: 9, star: 32, plan: 27, responsible: 4, followUp: 9, feedback: 9 });
  });

  it("lands on whole minutes for an odd length", () => {
    for (const s of agendaSchedule(at("09:00"), at("09:45"))) expect(s.endsAt.getSeconds()).toBe(0);
  });
});

describe("meeting clock", () => {
  it("counts down to the start, then the time left, then the time over", () => {
    expect(clockState(at("08:50"), at("09:00"), at("10:30"))).toEqual({ kind: "before", minutesToStart: 10 });
    expect(clockState(new Date(at("10:00").getTime() + 1000), at("09:00"), at("10:30"))).toEqual({ kind: "running", minutesLeft: 30 });
    expect(clockState(at("10:30"), at("09:00"), at("10:30"))).toEqual({ kind: "running", minutesLeft: 0 });
    expect(clockState(at("10:37"), at("09:00"), at("10:30"))).toEqual({ kind: "over", minutesOver: 7 });
  });
});
