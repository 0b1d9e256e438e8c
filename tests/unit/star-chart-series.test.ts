// From stored star reviews to the chart: which reviews are compared with this meeting's, each
// review's ratings on the chart's axes (by area key, across template versions), how reviews are
// told apart without colour (a line dash AND a marker shape of their own), and the axis labels.
import { describe, expect, it } from "vitest";
import {
  axisLabel,
  comparisonReviews,
  hasAreasOffChart,
  localizedLabel,
  markerIsOutline,
  markerPath,
  MAX_CHART_SERIES,
  newestWindow,
  ratingsOnAxes,
  SERIES_STYLES,
  STAR_CHART,
  styleForSeries,
  templateAxes,
  toChartSeries,
  wrapLabel,
} from "@/lib/star/chart-series.ts";
import { reviewFormValues, templateGroups } from "@/lib/star/review-form-values.ts";

const day = (d: string) => new Date(`${d}T08:00:00Z`);
const entry = (key: string, rating: number | null) => ({ rating, area: { key } });
const review = (id: string, meeting: { id: string; startsAt: Date } | null, createdAt: Date, entries = [entry("a", 3)]) => ({ id, meeting, createdAt, entries });

describe("telling reviews apart without colour", () => {
  it("gives every review on one star its own dash pattern and its own marker shape", () => {
    const styles = Array.from({ length: MAX_CHART_SERIES }, (_, i) => styleForSeries(i, MAX_CHART_SERIES));
    expect(new Set(styles.map((s) => s.dash ?? "solid")).size).toBe(MAX_CHART_SERIES);
    expect(new Set(styles.map((s) => s.marker)).size).toBe(MAX_CHART_SERIES);
  });

  it("always draws the newest review the same way: solid line, round markers, lightly filled", () => {
    for (const count of [1, 2, 6]) {
      expect(styleForSeries(count - 1, count)).toMatchObject({ dash: null, marker: "circle", filled: true });
    }
    expect(styleForSeries(0, 2)).toMatchObject({ dash: "10 6", marker: "square", filled: false });
    expect(SERIES_STYLES.filter((s) => s.filled)).toHaveLength(1);
  });

  it("refuses more series than there are distinct styles", () => {
    expect(() => styleForSeries(0, MAX_CHART_SERIES + 1)).toThrow(RangeError);
    expect(() => styleForSeries(2, 2)).toThrow(RangeError);
  });

  it("keeps the newest reviews when there are too many and says how many were left out", () => {
    expect(newestWindow([1, 2, 3], 6)).toEqual({ shown: [1, 2, 3], omitted: 0 });
    expect(newestWindow([1, 2, 3, 4, 5, 6, 7, 8], 6)).toEqual({ shown: [3, 4, 5, 6, 7, 8], omitted: 2 });
  });

  it("draws a distinct closed shape for each filled marker and a stroke for crosses and pluses", () => {
    const paths = SERIES_STYLES.map((s) => markerPath(s.marker, 50, 50));
    expect(new Set(paths).size).toBe(SERIES_STYLES.length);
    expect(markerPath("square", 50, 50, 10)).toBe("M45,45 h10 v10 h-10 Z");
    expect(markerIsOutline("cross")).toBe(true);
    expect(markerIsOutline("circle")).toBe(false);
  });
});

describe("which reviews a meeting's star compares", () => {
  const first = review("r1", { id: "m1", startsAt: day("2026-11-03") }, day("2026-11-03"));
  const followUp = review("r2", { id: "m2", startsAt: day("2027-01-12") }, day("2027-01-12"));
  const later = review("r3", { id: "m3", startsAt: day("2027-04-01") }, day("2027-04-01"));
  const noMeeting = review("r0", null, day("2026-10-01"));

  it("draws this meeting's review with the reviews made before it, oldest first", () => {
    const { current, earlier } = comparisonReviews([later, followUp, first, noMeeting], { id: "m2", startsAt: day("2027-01-12") });
    expect(current?.id).toBe("r2");
    expect(earlier.map((r) => r.id)).toEqual(["r0", "r1"]);
  });

  it("has no current review before one is saved, and never shows a later meeting's review", () => {
    const { current, earlier } = comparisonReviews([first, later], { id: "m2", startsAt: day("2027-01-12") });
    expect(current).toBeNull();
    expect(earlier.map((r) => r.id)).toEqual(["r1"]);
  });
});

describe("ratings on the chart's axes", () => {
  const axes = [{ key: "child_health" }, { key: "parenting" }, { key: "services" }];

  it("matches entries by area key, so reviews on other template versions compare; missing areas are not rated", () => {
    expect(ratingsOnAxes(axes, [entry("services", 2), entry("child_health", 4), entry("old_area", 5)])).toEqual([4, null, 2]);
    expect(ratingsOnAxes(axes, [entry("parenting", null)])).toEqual([null, null, null]);
  });

  it("labels each review's series as the caller says", () => {
    const reviews = [review("r1", null, day("2026-11-03"), [entry("parenting", 3)])];
    expect(toChartSeries(axes, reviews, (r) => `Arvio ${r.id}`)).toEqual([{ id: "r1", label: "Arvio r1", ratings: [null, 3, null] }]);
  });

  it("notices when an earlier review has areas this version does not have", () => {
    expect(hasAreasOffChart(axes, [{ entries: [entry("services", 1)] }])).toBe(false);
    expect(hasAreasOffChart(axes, [{ entries: [entry("services", 1), entry("old_area", null)] }])).toBe(true);
  });
});

describe("axis labels", () => {
  it("wraps long Finnish labels on whole words and cuts the last line with an ellipsis", () => {
    expect(wrapLabel("Lapsen terveys, kasvu ja kehitys", 22, 3)).toEqual(["Lapsen terveys, kasvu", "ja kehitys"]);
    expect(wrapLabel("Lapsen kokemus perheestä, päiväkodista, koulusta, vapaa-ajasta, ystävistä", 22, 3)).toEqual([
      "Lapsen kokemus",
      "perheestä,",
      "päiväkodista,…",
    ]);
    expect(wrapLabel("Palvelut", 22, 3)).toEqual(["Palvelut"]);
  });

  it("numbers each axis as in the table, and grows labels away from the chart", () => {
    const { cy, radius } = STAR_CHART.frame;
    const top = axisLabel(0, 6, "Lapsen terveys, kasvu ja kehitys");
    expect(top.anchor).toBe("middle");
    expect(top.lines.map((l) => l.text)).toEqual(["1. Lapsen terveys,", "kasvu ja kehitys"]);
    // Above the chart the last line sits just outside the rim; below it the first line does.
    expect(top.lines.at(-1)!.y).toBeLessThan(cy - radius);
    expect(top.lines[0]!.y).toBeLessThan(top.lines[1]!.y);
    const bottom = axisLabel(3, 6, "Palvelut");
    expect(bottom.lines[0]!.y).toBeGreaterThan(cy + radius);
    expect(axisLabel(1, 4, "Oikea").anchor).toBe("start");
    expect(axisLabel(3, 4, "Vasen").anchor).toBe("end");
  });

  it("shows only the number when there are too many areas to name on the chart", () => {
    expect(axisLabel(20, 40, "Pitkä nimi").lines.map((l) => l.text)).toEqual(["21"]);
    expect(axisLabel(15, 16, "Palvelut").lines.map((l) => l.text)).toEqual(["16. Palvelut"]);
  });
});

describe("the template in the user's language", () => {
  const template = {
    sides: [
      { key: "child_health", labelFi: "Lapsen terveys", labelSv: "Barnets hälsa", labelEn: "Child's health", subAreas: [{ key: "child_strengths", labelFi: "Lapsen vahvuudet", labelSv: "Barnets styrkor", labelEn: "Child's strengths" }] },
      { key: "self", labelFi: "Lapsen käsitys itsestään", labelSv: "Barnets självbild", labelEn: "Child's self-perception", subAreas: [] },
    ],
  };

  it("picks the label of the interface language, Finnish by default", () => {
    expect(localizedLabel(template.sides[0]!, "sv")).toBe("Barnets hälsa");
    expect(localizedLabel(template.sides[0]!, "en")).toBe("Child's health");
    expect(localizedLabel(template.sides[0]!, "fi")).toBe("Lapsen terveys");
  });

  it("puts each side before its sub-areas, on the chart and in the form alike", () => {
    expect(templateAxes(template, "sv")).toEqual([
      { key: "child_health", label: "Barnets hälsa", depth: 0 },
      { key: "child_strengths", label: "Barnets styrkor", depth: 1 },
      { key: "self", label: "Barnets självbild", depth: 0 },
    ]);
    expect(templateGroups(template, "fi")).toEqual([
      { side: { key: "child_health", label: "Lapsen terveys" }, subAreas: [{ key: "child_strengths", label: "Lapsen vahvuudet" }] },
      { side: { key: "self", label: "Lapsen käsitys itsestään" }, subAreas: [] },
    ]);
  });

  it("turns stored entries into form values: nothing written is \"\", not rated is \"\"", () => {
    expect(
      reviewFormValues([
        { area: { key: "services" }, strengthsChild: "Kaverit", strengthsParents: null, strengthsProfessionals: null, worriesChild: null, worriesParents: "Väsymys", worriesProfessionals: null, rating: 4 },
        { area: { key: "self" }, strengthsChild: null, strengthsParents: null, strengthsProfessionals: null, worriesChild: null, worriesParents: null, worriesProfessionals: null, rating: null },
      ]),
    ).toEqual({
      services: { strengthsChild: "Kaverit", strengthsParents: "", strengthsProfessionals: "", worriesChild: "", worriesParents: "Väsymys", worriesProfessionals: "", rating: "4" },
      self: { strengthsChild: "", strengthsParents: "", strengthsProfessionals: "", worriesChild: "", worriesParents: "", worriesProfessionals: "", rating: "" },
    });
  });
});
