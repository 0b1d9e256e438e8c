import { describe, expect, it } from "vitest";
import { suppressCell, suppressedTotal } from "@/lib/reports/suppression.ts";

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
