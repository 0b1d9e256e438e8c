// The star chart as the browser and assistive technology get it: an SVG image with a name and a
// text alternative naming every value, each review drawn with its own dash and marker and named in
// a legend, and the same values in a captioned table where "not rated" is said in words.
import { describe, expect, it, vi } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { createTranslator } from "use-intl/core";
import { fi } from "@/lib/i18n/messages/fi.ts";

vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: "fi", messages: fi, namespace: namespace as never }),
}));

const { StarChart } = await import("@/components/star/star-chart.tsx");

const areas = [
  { key: "child_health", label: "Lapsen terveys, kasvu ja kehitys" },
  { key: "child_strengths", label: "Lapsen vahvuudet", depth: 1 as const },
  { key: "parenting", label: "Vanhempana toimiminen ja suhde lapseen" },
  { key: "services", label: "Palvelut", depth: 1 as const },
];

async function render(series: { id: string; label: string; ratings: (number | null)[] }[], list = areas) {
  const html = renderToStaticMarkup(await StarChart({ id: "c", title: "Hyvinvoinnin tähti", areas: list, series }));
  return { html, count: (re: RegExp) => [...html.matchAll(re)].length, has: (s: string) => html.includes(s) };
}

describe("star chart markup", () => {
  const series = [
    { id: "r1", label: "Yhteinen aika 3.11.2026", ratings: [2, null, 3, 1] },
    { id: "r2", label: "Seurantatapaaminen 12.1.2027", ratings: [4, 3, null, 2] },
  ];

  it("is an image named by its title and described by a text alternative with every value", async () => {
    const doc = await render(series);
    expect(doc.has('role="img" aria-labelledby="c-title" aria-describedby="c-desc"')).toBe(true);
    expect(doc.has('<title id="c-title">Hyvinvoinnin tähti</title>')).toBe(true);
    expect(doc.html).toContain(
      "Yhteinen aika 3.11.2026: Lapsen terveys, kasvu ja kehitys: 2/5; Lapsen vahvuudet: ei arvioitu; Vanhempana toimiminen ja suhde lapseen: 3/5; Palvelut: 1/5.",
    );
    expect(doc.html).toContain("Seurantatapaaminen 12.1.2027: Lapsen terveys, kasvu ja kehitys: 4/5;");
  });

  it("draws each review with its own dash pattern and marker shape, and names them in a legend", async () => {
    const doc = await render(series);
    // The newest solid, the earlier one dashed; both in the chart and in the legend swatch.
    expect(doc.count(/stroke-dasharray="10 6"/g)).toBe(2);
    expect(doc.count(/class="star-series"/g)).toBe(4);
    // Markers: one per rated area (3 + 3) plus one per legend entry.
    expect(doc.count(/class="star-marker"/g)).toBe(8);
    expect(doc.has('class="star-legend"')).toBe(true);
    expect(doc.has("<span>Yhteinen aika 3.11.2026</span>")).toBe(true);
  });

  it("puts the same values in a captioned table, saying 'ei arvioitu' for an area not rated", async () => {
    const doc = await render(series);
    expect(doc.has("<caption>Yhteiset arviot alueittain (1–5)</caption>")).toBe(true);
    expect(doc.has('<th scope="col" class="num">Seurantatapaaminen 12.1.2027</th>')).toBe(true);
    expect(doc.has('<th scope="row" class="star-sub-area">Lapsen vahvuudet</th><td class="num">ei arvioitu</td><td class="num">3</td>')).toBe(true);
  });

  it("draws grid rings with their level numbers 1–5 and one labelled axis per area", async () => {
    const doc = await render(series);
    expect(doc.count(/<polygon points="[^"]*" stroke-width="[12]"/g)).toBe(5);
    expect(doc.has("1. Lapsen terveys,")).toBe(true);
    expect(doc.count(/<line x1="400" y1="300"/g)).toBe(4);
  });

  it("says so in words when nothing is rated yet, and handles a single area and sixty areas", async () => {
    expect((await render([{ id: "r", label: "A", ratings: [null, null, null, null] }])).has("Yhtään aluetta ei ole vielä arvioitu")).toBe(true);
    // No review at all: an empty star, no legend and no empty table; the description says why.
    const empty = await render([]);
    expect(empty.has("<table")).toBe(false);
    expect(empty.has("star-legend")).toBe(false);
    expect(empty.html).toMatch(/<desc id="c-desc">Yhtään aluetta ei ole vielä arvioitu/);
    const one = await render([{ id: "r", label: "A", ratings: [5] }], [areas[0]!]);
    expect(one.count(/<circle /g)).toBe(5);
    const many = Array.from({ length: 60 }, (_, i) => ({ key: `a${i}`, label: `Alue ${i + 1}` }));
    const doc = await render([{ id: "r", label: "A", ratings: many.map((_, i) => (i % 5) + 1) }], many);
    expect(doc.count(/<tr>/g)).toBe(61);
    expect(doc.has(">60</tspan>")).toBe(true);
  });

  it("draws at most six reviews and tells how many older ones it left out", async () => {
    const eight = Array.from({ length: 8 }, (_, i) => ({ id: `r${i}`, label: `Arvio ${i + 1}`, ratings: [1, 2, 3, 4] }));
    const doc = await render(eight);
    expect(doc.has("Arvio 1<")).toBe(false);
    expect(doc.has("<span>Arvio 8</span>")).toBe(true);
    expect(doc.html).toContain("Kaaviossa ja taulukossa ovat 6 uusinta arviota. Vanhempia arvioita ei näytetä: 2.");
  });
});
