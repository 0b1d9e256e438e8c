// The coordinators' bar chart: under each bar only the short month fits (the year under January and
// the first bar), while the text alternative names every month in full with its value.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { BarChart } from "@/components/reports/bar-chart.tsx";
import { monthLabel } from "@/lib/reports/tables.ts";

describe("month labels", () => {
  it("name the month with its year, or the month alone for the axis", () => {
    expect(monthLabel("2026-01", "fi")).toBe("tammi 2026");
    expect(monthLabel("2026-01", "fi", "monthOnly")).toBe("tammi");
    expect(monthLabel("2026-03", "sv", "monthOnly")).toBe("mars");
    expect(monthLabel("2026-03", "en", "monthOnly")).toBe("Mar");
  });
});

describe("the bar chart", () => {
  it("writes the short month under each bar and the year on a second line only where it changes", () => {
    const months = ["2025-12", "2026-01", "2026-02"];
    const bars = months.map((m, i) => ({
      label: monthLabel(m, "fi"),
      axis: { line1: monthLabel(m, "fi", "monthOnly"), line2: i === 0 || m.endsWith("-01") ? m.slice(0, 4) : undefined },
      value: i === 1 ? null : 7,
      display: i === 1 ? "<5" : "7",
    }));
    const html = renderToStaticMarkup(createElement(BarChart, { title: "Yhteiset ajat", description: "joulu 2025 7, tammi 2026 <5, helmi 2026 7", bars }));
    const labels = [...html.matchAll(/<text[^>]*class="bar-label"[^>]*>(.*?)<\/text>/g)].map((m) => m[1]!.replace(/<tspan[^>]*>/g, "|").replace(/<\/tspan>/g, ""));
    expect(labels).toEqual(["joulu|2025", "tammi|2026", "helmi"]);
    expect(html).toContain("<desc");
    expect(html).toContain("tammi 2026 &lt;5");
    // A hidden count gets no bar, only its "<5".
    expect(html.match(/<rect/g)).toHaveLength(2);
  });
});
