// The printed plan's PDF: a tagged PDF whose structure tree gives the headings, paragraphs and
// lists in reading order (what a screen reader walks; the footers are artifacts outside it), with the
// document language and a displayed title; text wrapped to the A4 content width, flowing onto as
// many pages as it needs with a numbered footer on each, headings never left alone at the bottom of
// a page, letters the font lacks shown as "?", and the embedded (subset) font's glyphs intact — so
// what the family gets on paper is what the text extraction says.
import { describe, expect, it } from "vitest";
import * as fontkit from "fontkit";
import { extractText, getDocumentProxy } from "unpdf";
import { buildPlanPrintDocument, type PlanPrintDocument } from "@/lib/plans/print-document.ts";
import type { PublishedPlanView } from "@/lib/plans/get-plan-for-viewer.ts";
import { A4, loadPlanPdfFonts, renderPlanPdf, wrapText } from "@/lib/plans/render-plan-pdf.ts";
import { embeddedFontFiles, flatten, pdfStructure, rawContains } from "../support/pdf-read.ts";

const LONG_EMAIL = `${"etunimi.sukunimi".repeat(8)}@hyvinvointialue.example`;

/** A plan far longer than one page: many actions with long descriptions and long free text. */
function longView(): PublishedPlanView {
  const sentence = "Harjoitellaan yhdessä rauhallista iltaa, jossa on sama järjestys joka päivä, ja kerrotaan lapselle etukäteen, mitä seuraavaksi tapahtuu.";
  return {
    versionNumber: 3,
    publishedAt: new Date("2026-03-01T08:00:00Z"),
    publishedBy: "Liisa Lähinen",
    latestVersionNumber: 3,
    familyLanguage: "fi",
    plan: {
      format: 1,
      thingsNeedingChange: Array.from({ length: 12 }, (_, i) => `${i + 1}. ${sentence} ${sentence}`).join("\n"),
      actions: Array.from({ length: 30 }, (_, i) => ({
        id: `a${i}`,
        setting: (["HOME", "EVERYDAY_ENVIRONMENT", "ELSEWHERE"] as const)[i % 3]!,
        description: `Toimenpide ${i + 1}: ${sentence}`,
        who: i % 2 === 0 ? "Äiti ja isä" : "Varhaiskasvatuksen opettaja",
        dueDate: i % 4 === 0 ? "2026-05-31" : null,
        place: i % 3 === 2 ? "Perheneuvola, Kuopio" : null,
      })),
      followUpWorkerToFamily: sentence,
      followUpFamilyToWorker: sentence,
      nextContactAt: "2026-03-16T07:30:00.000Z",
      responsibleWorkers: [{ userId: "u1", slot: 1, name: "Åsa Öberg", title: "psykologi", email: LONG_EMAIL, unit: "Perhekeskus" }],
    },
  };
}

function longDocument(): PlanPrintDocument {
  const view = longView();
  return buildPlanPrintDocument(view, view.plan.responsibleWorkers, "fi");
}

interface Line {
  text: string;
  y: number;
}

/** Each page's text lines (top to bottom) with their baseline height from the page's bottom edge. */
async function pageLines(bytes: Uint8Array): Promise<Line[][]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const pages: Line[][] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const content = await (await pdf.getPage(p)).getTextContent();
    const byY = new Map<number, string[]>();
    for (const item of content.items) {
      if (!("str" in item) || item.str.trim() === "") continue;
      const y = Math.round(item.transform[5] as number);
      byY.set(y, [...(byY.get(y) ?? []), item.str]);
    }
    pages.push([...byY.entries()].sort((a, b) => b[0] - a[0]).map(([y, parts]) => ({ y, text: parts.join(" ").replace(/\s+/g, " ").trim() })));
  }
  return pages;
}

describe("wrapping", { timeout: 60_000 }, () => {
  it("keeps every line within the width and every word, in order; a word longer than a line is broken", async () => {
    const font = fontkit.create(Buffer.from((await loadPlanPdfFonts()).regular)) as fontkit.Font;
    const width = (s: string) => (font.layout(s).advanceWidth * 11.5) / font.unitsPerEm;
    const text = `Perhe soittaa tai lähettää tekstiviestin arkisin kello kahdeksasta neljään, ja vastaamme saman päivän aikana. ${LONG_EMAIL}`;
    const lines = wrapText(text, width, 200);
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(200);
    // The e-mail address is cut only where the line is full, and nothing of it is lost.
    const emailStart = lines.findIndex((l) => l.startsWith("etunimi"));
    expect(lines.slice(emailStart).join("")).toBe(LONG_EMAIL);
    expect(lines.slice(0, emailStart).join(" ")).toBe(text.slice(0, text.indexOf(LONG_EMAIL) - 1));
  });
});

describe("a long plan", { timeout: 60_000 }, () => {
  it("flows onto several A4 pages, each with its footer and page number, losing no text", async () => {
    const doc = longDocument();
    const bytes = await renderPlanPdf(doc);
    const loaded = await getDocumentProxy(new Uint8Array(bytes));
    expect(loaded.numPages).toBeGreaterThanOrEqual(3);
    for (let p = 1; p <= loaded.numPages; p++) expect((await loaded.getPage(p)).view).toEqual([0, 0, A4.width, A4.height]);

    const pages = await pageLines(bytes);
    pages.forEach((lines, i) => {
      const footer = lines.filter((l) => l.y < 50).map((l) => l.text);
      expect(footer).toEqual([`Yhteinen suunnitelma, versio 3, 1.3.2026 Sivu ${i + 1}/${pages.length}`]);
    });

    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const text = (await extractText(pdf, { mergePages: true })).text.replace(/\s+/g, " ");
    for (let i = 1; i <= 30; i++) expect(text, `action ${i}`).toContain(`Toimenpide ${i}: Harjoitellaan yhdessä rauhallista iltaa`);
    expect(text).toContain("16.3.2026 klo 9.30");
    expect(text).toContain("Mihin mennessä: 31.5.2026");
    expect(text).toContain("Missä: Perheneuvola, Kuopio");
    expect(text.replace(/ /g, "")).toContain(`Sähköposti:${LONG_EMAIL}`);
    // The last action is on the last pages, not squeezed off the end.
    expect(pages.at(-1)!.concat(pages.at(-2)!).some((l) => l.text.includes("Toimenpide 30:") || l.text.includes("Miten pidämme yhteyttä"))).toBe(true);
  });

  it("never leaves a heading as the last line of a page, and never writes into the footer area", async () => {
    const doc = longDocument();
    const headings = new Set(doc.sections.flatMap((s) => [s.heading, ...s.blocks.flatMap((b) => (b.kind === "subheading" ? [b.text] : []))]));
    const pages = await pageLines(await renderPlanPdf(doc));
    for (const lines of pages.slice(0, -1)) {
      const body = lines.filter((l) => l.y >= 50);
      expect(headings.has(body.at(-1)!.text)).toBe(false);
      // Body text stays above the bottom margin (22 mm ≈ 62 pt, baseline a few points higher).
      expect(Math.min(...body.map((l) => l.y))).toBeGreaterThanOrEqual(60);
    }
  });
});

describe("letters and fonts", { timeout: 60_000 }, () => {
  it("prints a letter the font does not have as '?' instead of failing", async () => {
    const view = longView();
    view.plan = { ...view.plan, thingsNeedingChange: "Iltaisin 😀 ja 漢字 – silti selvä.", actions: view.plan.actions.slice(0, 1) };
    const bytes = await renderPlanPdf(buildPlanPrintDocument(view, view.plan.responsibleWorkers, "fi"));
    const text = (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text;
    expect(text).toContain("Iltaisin ? ja ?? – silti selvä.");
  });

  it("embeds small font subsets whose glyphs are all intact (the outline of every letter can be read back)", async () => {
    const bytes = await renderPlanPdf(longDocument());
    expect(bytes.byteLength).toBeLessThan(200_000); // subsets, not the whole 500 kB fonts
    const fontFiles = embeddedFontFiles(bytes);
    expect(fontFiles).toHaveLength(2);
    for (const file of fontFiles) {
      const font = fontkit.create(file) as fontkit.Font;
      const { minX, minY, maxX, maxY } = font.bbox;
      let drawn = 0;
      for (let gid = 1; gid < font.numGlyphs; gid++) {
        const glyph = font.getGlyph(gid);
        const box = glyph.path.bbox;
        if ((glyph.path as unknown as { commands: unknown[] }).commands.length === 0) continue; // the space
        drawn++;
        // A corrupted glyph table shows as garbage outlines far outside the font's own box.
        expect(box.minX).toBeGreaterThanOrEqual(minX);
        expect(box.maxX).toBeLessThanOrEqual(maxX);
        expect(box.minY).toBeGreaterThanOrEqual(minY);
        expect(box.maxY).toBeLessThanOrEqual(maxY);
        expect(box.width).toBeGreaterThan(0);
      }
      expect(drawn).toBeGreaterThan(20);
    }
  });
});

describe("a tagged PDF (PDF/UA direction, law 306/2019)", { timeout: 60_000 }, () => {
  it("has a structure tree with the title, the section headings and the subheadings in reading order", async () => {
    const doc = longDocument();
    const { marked, pages } = await pdfStructure(await renderPlanPdf(doc));
    expect(marked).toBe(true);
    const all = flatten(pages);
    const headings = all.filter((n) => /^H\d$/.test(n.role)).map((n) => `${n.role} ${n.text}`);
    const expected = [
      `H1 ${doc.title}`,
      ...doc.sections.flatMap((s) => [`H2 ${s.heading}`, ...s.blocks.flatMap((b) => (b.kind === "subheading" ? [`H3 ${b.text}`] : []))]),
    ];
    expect(headings).toEqual(expected);
    // One document element holds it all; each section is a Sect under it.
    expect(pages[0]!.children.map((n) => n.role)).toEqual(["Document"]);
    expect(pages[0]!.children[0]!.children.filter((n) => n.role === "Sect").length).toBeGreaterThan(0);
  });

  it("tags lists as lists (label and body per item) and paragraphs as paragraphs, and leaves the footer out", async () => {
    const doc = longDocument();
    const { pages } = await pdfStructure(await renderPlanPdf(doc));
    const all = flatten(pages);
    const items = all.filter((n) => n.role === "LI");
    expect(items.length).toBeGreaterThanOrEqual(30);
    for (const li of items) expect(li.children.map((c) => c.role)).toEqual(expect.arrayContaining(["Lbl", "LBody"]));
    expect(items.find((li) => li.children.some((c) => c.role === "LBody" && c.text.startsWith("Toimenpide 1:")))).toBeDefined();
    // pdf.js also lists an item continued from the previous page, with its (there empty) label.
    expect(new Set(all.filter((n) => n.role === "Lbl" && n.text !== "").map((n) => n.text))).toEqual(new Set(["•"]));
    const paragraphs = all.filter((n) => n.role === "P").map((n) => n.text);
    expect(paragraphs).toContain(doc.versionLine);
    expect(paragraphs.some((p) => p.startsWith("1. Harjoitellaan yhdessä"))).toBe(true);
    // The running footer is pagination: an artifact, never read as part of the plan.
    expect(all.some((n) => n.text.includes("Sivu 1/"))).toBe(false);
  });

  it("names its language and a title that viewers show instead of the file name", async () => {
    const view = longView();
    const bytes = await renderPlanPdf(buildPlanPrintDocument({ ...view, familyLanguage: "sv" }, view.plan.responsibleWorkers, "sv"));
    const { info } = await (await getDocumentProxy(new Uint8Array(bytes))).getMetadata();
    expect(info).toMatchObject({ Title: "Gemensam plan", Language: "sv" });
    expect(rawContains(bytes, /\/DisplayDocTitle true/)).toBe(true);
    expect(rawContains(bytes, /\/Lang \(sv\)/)).toBe(true);
  });
});
