import { describe, expect, it } from "vitest";
import { suppressCell, suppressedDistinctTotal, suppressedTotal, totalOfTotals } from "@/lib/reports/suppression.ts";

describe("small-count suppression", () => {
  it("shows 0 and counts of five or more, hides 1–4", () => {
    expect(suppressCell(0)).toEqual({ kind: "value", value: 0 });
    for (const n of [1, 2, 3, 4]) expect(suppressCell(n)).toEqual({ kind: "suppressed" });
    expect(suppressCell(5)).toEqual({ kind: "value", value: 5 });
  });

  it("shows an exact total only when nothing in it is hidden", () => {
    expect(suppressedTotal([5, 0, 12])).toEqual({ kind: "value", value: 17 });
  });

  it("never lets a hidden cell be recovered by subtracting from the total", () => {
    expect(suppressedTotal([10, 3, 7])).toEqual({ kind: "atLeast", value: 18 });
    expect(suppressedTotal([10, 4, 7])).toEqual({ kind: "atLeast", value: 18 });
  });

  it("gives a lower bound of at least five when only hidden cells make up the total", () => {
    expect(suppressedTotal([3, 4, 0])).toEqual({ kind: "atLeast", value: 5 });
  });

  it("hides a total that is itself small", () => {
    expect(suppressedTotal([1, 2, 0])).toEqual({ kind: "suppressed" });
  });
});

describe("a total of distinct meetings across teams (one meeting may count for two teams)", () => {
  it("is exact when no team's count is hidden and the overlap is none or large", () => {
    expect(suppressedDistinctTotal([6, 8], 14)).toEqual({ kind: "value", value: 14 }); // no overlap
    expect(suppressedDistinctTotal([10, 8], 12)).toEqual({ kind: "value", value: 12 }); // six meetings had both teams
  });

  it("is only a lower bound when the overlap is small, since that overlap is itself a small count", () => {
    expect(suppressedDistinctTotal([6, 8], 12)).toEqual({ kind: "atLeast", value: 8 });
  });

  it("never reveals a hidden team's count by subtraction", () => {
    // 10 + 3 with no overlap = 13; shown as at least the largest visible count, not 13.
    expect(suppressedDistinctTotal([10, 3], 13)).toEqual({ kind: "atLeast", value: 10 });
    expect(suppressedDistinctTotal([3, 2], 5)).toEqual({ kind: "atLeast", value: 5 });
  });

  it("hides a distinct total that is itself small", () => {
    expect(suppressedDistinctTotal([3, 2], 4)).toEqual({ kind: "suppressed" });
    expect(suppressedDistinctTotal([0, 0], 0)).toEqual({ kind: "value", value: 0 });
  });

  it("adds months' totals into a period total with the same care", () => {
    expect(totalOfTotals([{ kind: "value", value: 6 }, { kind: "value", value: 9 }], 15)).toEqual({ kind: "value", value: 15 });
    expect(totalOfTotals([{ kind: "value", value: 6 }, { kind: "atLeast", value: 10 }], 19)).toEqual({ kind: "atLeast", value: 16 });
    expect(totalOfTotals([{ kind: "value", value: 6 }, { kind: "suppressed" }], 9)).toEqual({ kind: "atLeast", value: 7 });
    expect(totalOfTotals([{ kind: "suppressed" }, { kind: "value", value: 0 }], 3)).toEqual({ kind: "suppressed" });
  });
});
