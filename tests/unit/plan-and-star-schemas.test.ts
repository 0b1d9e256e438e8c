// The plan and star forms' schemas run in the browser too, so their rules are checked here without
// a database: Helsinki wall-clock times across DST, drafts lenient, publishing strict, ratings 1–5.
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { fieldErrorsFromZod } from "@/lib/actions/field-errors.ts";
import { planDraftSchema, publishPlanSchema } from "@/lib/plans/schema.ts";
import { starEntrySchema } from "@/lib/star/schema.ts";

const base = {
  collaborationId: randomUUID(),
  version: "0",
  thingsNeedingChange: "",
  actions: [],
  followUpWorkerToFamily: "",
  followUpFamilyToWorker: "",
  nextContactAt: "",
};

describe("next contact time", () => {
  it("reads the datetime-local value as Helsinki time, in winter and in summer", () => {
    expect(planDraftSchema.parse({ ...base, nextContactAt: "2027-01-15T09:30" }).nextContactAt?.toISOString()).toBe("2027-01-15T07:30:00.000Z");
    expect(planDraftSchema.parse({ ...base, nextContactAt: "2027-07-01T09:30" }).nextContactAt?.toISOString()).toBe("2027-07-01T06:30:00.000Z");
    expect(planDraftSchema.parse(base).nextContactAt).toBeNull();
  });

  it("refuses a time that does not exist (31 February, the hour skipped when clocks go forward)", () => {
    for (const nextContactAt of ["2027-02-31T10:00", "2027-03-28T03:30", "huomenna"]) {
      const r = planDraftSchema.safeParse({ ...base, nextContactAt });
      expect(r.success).toBe(false);
      if (!r.success) expect(fieldErrorsFromZod(r.error)).toEqual({ nextContactAt: "invalidDateTime" });
    }
  });
});

describe("draft and publication", () => {
  it("accepts an empty draft but requires every part of the plan for publishing", () => {
    expect(planDraftSchema.safeParse(base).success).toBe(true);
    const r = publishPlanSchema.safeParse(base);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(fieldErrorsFromZod(r.error)).toEqual({
        thingsNeedingChange: "required",
        actions: "atLeastOneAction",
        followUpWorkerToFamily: "required",
        followUpFamilyToWorker: "required",
        nextContactAt: "required",
      });
    }
  });

  it("asks where only for actions taken elsewhere, and keeps due dates real", () => {
    const action = { actionId: randomUUID(), description: "Ryhmä", who: "Isä", dueDate: "", place: "" };
    const r = publishPlanSchema.safeParse({
      ...base,
      thingsNeedingChange: "x",
      followUpWorkerToFamily: "x",
      followUpFamilyToWorker: "x",
      nextContactAt: "2027-01-15T09:30",
      actions: [
        { ...action, setting: "HOME" },
        { ...action, actionId: randomUUID(), setting: "ELSEWHERE" },
        { ...action, actionId: randomUUID(), setting: "HOME", dueDate: "2027-02-30" },
      ],
    });
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldErrorsFromZod(r.error)).toEqual({ "actions.1.place": "required", "actions.2.dueDate": "invalidDate" });
  });
});

describe("star rating", () => {
  const entry = { areaKey: "services", strengthsChild: "", strengthsParents: "", strengthsProfessionals: "", worriesChild: "", worriesParents: "", worriesProfessionals: "" };

  it("is empty (not rated) or a whole number from 1 to 5", () => {
    expect(starEntrySchema.parse({ ...entry, rating: "" }).rating).toBeNull();
    expect(starEntrySchema.parse({ ...entry, rating: null }).rating).toBeNull();
    expect(starEntrySchema.parse({ ...entry, rating: "4" }).rating).toBe(4);
    for (const rating of [0, 6, 3.5, "x"]) expect(starEntrySchema.safeParse({ ...entry, rating }).success).toBe(false);
  });
});
