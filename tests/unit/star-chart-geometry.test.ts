// The star chart's geometry and its text alternative: the first area at 12 o'clock, the rest
// clockwise; rating r at r/5 of the radius; unrated areas never drawn as zero but named in words.
import { describe, expect, it } from "vitest";
import {
  axisAngle,
  axisEnds,
  buildStarTextAlternative,
  gridRings,
  labelPosition,
  pointOnAxis,
  ratingShape,
  starTextItems,
} from "@/lib/star/chart-geometry.ts";

const frame = { cx: 100, cy: 100, radius: 50 };

describe("axes", () => {
  it("starts at the top and goes clockwise, evenly spaced", () => {
    expect(axisAngle(0, 4)).toBe(0);
    expect(axisAngle(1, 4)).toBeCloseTo(Math.PI / 2);
    expect(axisEnds(frame, 4)).toEqual([
      { x: 100, y: 50 }, // top
      { x: 150, y: 100 }, // right
      { x: 100, y: 150 }, // bottom
      { x: 50, y: 100 }, // left
    ]);
  });

  it("places six areas (the three sides and the child's own experience) 60° apart", () => {
    const ends = axisEnds(frame, 6);
    expect(ends[0]).toEqual({ x: 100, y: 50 });
    expect(ends[1]).toEqual({ x: 143.3, y: 75 });
    expect(ends[3]).toEqual({ x: 100, y: 150 });
    expect(ends[5]).toEqual({ x: 56.7, y: 75 });
  });

  it("refuses an axis that does not exist", () => {
    expect(() => axisAngle(4, 4)).toThrow(RangeError);
    expect(() => axisAngle(0, 0)).toThrow(RangeError);
  });

  it("anchors labels away from the centre so long labels stay off the chart", () => {
    expect(labelPosition(frame, 0, 4)).toEqual({ x: 100, y: 38, anchor: "middle" });
    expect(labelPosition(frame, 1, 4)).toEqual({ x: 162, y: 100, anchor: "start" });
    expect(labelPosition(frame, 3, 4)).toEqual({ x: 38, y: 100, anchor: "end" });
  });
});

describe("grid rings", () => {
  it("draws one ring per rating level 1–5, the outermost on the rim", () => {
    const rings = gridRings(frame, 4);
    expect(rings.map((r) => r.level)).toEqual([1, 2, 3, 4, 5]);
    expect(rings[0]!.points).toBe("100,90 110,100 100,110 90,100");
    expect(rings[4]!.points).toBe("100,50 150,100 100,150 50,100");
  });
});

describe("rating shape", () => {
  it("puts rating r at r/5 of the radius on its own axis", () => {
    const shape = ratingShape(frame, [5, 1, 3, 4]);
    expect(shape.points).toBe("100,50 110,100 100,130 60,100");
    expect(shape.vertices.map((v) => v.rating)).toEqual([5, 1, 3, 4]);
    expect(pointOnAxis(frame, 2, 4, 3 / 5)).toEqual({ x: 100, y: 130 });
  });

  it("leaves unrated areas out of the shape instead of drawing them as the worst value", () => {
    const shape = ratingShape(frame, [5, null, 5, null]);
    expect(shape.points).toBe("100,50 100,150");
    expect(shape.vertices.map((v) => v.index)).toEqual([0, 2]);
  });

  it("draws nothing when nothing is rated", () => {
    expect(ratingShape(frame, [null, null, null])).toEqual({ points: "", vertices: [] });
  });

  it("refuses values outside the agreed 1–5 scale", () => {
    expect(() => ratingShape(frame, [0, 3, 3])).toThrow(RangeError);
    expect(() => ratingShape(frame, [6, 3, 3])).toThrow(RangeError);
    expect(() => ratingShape(frame, [2.5, 3, 3])).toThrow(RangeError);
  });

  it("compares reviews on the same axes: an earlier and a later review of the same areas", () => {
    const first = ratingShape(frame, [2, 2, 2, 2]);
    const later = ratingShape(frame, [4, 4, 4, 4]);
    expect(first.points).toBe("100,80 120,100 100,120 80,100");
    expect(later.points).toBe("100,60 140,100 100,140 60,100");
  });
});

describe("text alternative", () => {
  const areas = [
    { key: "child_health", label: "Lapsen terveys, kasvu ja kehitys" },
    { key: "parenting", label: "Vanhempana toimiminen ja suhde lapseen" },
    { key: "social_wellbeing", label: "Sosiaalinen hyvinvointi" },
  ];

  it("pairs every area with its rating or none, in chart order", () => {
    expect(starTextItems(areas, [4, null, 2])).toEqual([
      { key: "child_health", label: "Lapsen terveys, kasvu ja kehitys", rating: 4 },
      { key: "parenting", label: "Vanhempana toimiminen ja suhde lapseen", rating: null },
      { key: "social_wellbeing", label: "Sosiaalinen hyvinvointi", rating: 2 },
    ]);
  });

  it("says every value in words, including the areas not rated", () => {
    const text = buildStarTextAlternative(starTextItems(areas, [4, null, 2]), {
      rated: (label, rating) => `${label}: ${rating}/5`,
      notRated: (label) => `${label}: ei arvioitu`,
    });
    expect(text).toBe("Lapsen terveys, kasvu ja kehitys: 4/5; Vanhempana toimiminen ja suhde lapseen: ei arvioitu; Sosiaalinen hyvinvointi: 2/5");
  });

  it("refuses a list of ratings that does not match the areas", () => {
    expect(() => starTextItems(areas, [1, 2])).toThrow(RangeError);
    expect(() => starTextItems(areas, [1, 2, 9])).toThrow(RangeError);
  });
});
