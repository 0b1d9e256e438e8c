// The printed plan as a PDF (A4), rendered on the server from the same document model as the print
// view: no browser needed, nothing from the network. Noto Sans (shipped as an npm package, embedded
// as a subset) covers ä, ö, å and the rest of the Latin, Greek and Cyrillic scripts. Text is wrapped
// to the page width and flows onto as many pages as it needs; headings are kept with what follows
// them; every page has a footer with the plan's version, date and page number.
import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { PlanPrintDocument, PrintListItem } from "./print-document.ts";

/** A4 in PostScript points. */
export const A4 = { width: 595.28, height: 841.89 } as const;
const MM = 72 / 25.4;
const MARGIN = { top: 20 * MM, bottom: 22 * MM, left: 20 * MM, right: 20 * MM };
const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const FOOTER_Y = 10 * MM;

const TEXT = rgb(0x1b / 255, 0x1f / 255, 0x24 / 255);
const MUTED = rgb(0x4a / 255, 0x55 / 255, 0x60 / 255);

interface Style {
  font: "regular" | "bold";
  size: number;
  lineHeight: number;
  color: typeof TEXT;
}
const STYLE = {
  title: { font: "bold", size: 20, lineHeight: 26, color: TEXT },
  meta: { font: "regular", size: 10, lineHeight: 14, color: MUTED },
  intro: { font: "regular", size: 11.5, lineHeight: 16, color: TEXT },
  heading: { font: "bold", size: 14, lineHeight: 19, color: TEXT },
  subheading: { font: "bold", size: 11.5, lineHeight: 16, color: TEXT },
  body: { font: "regular", size: 11.5, lineHeight: 16, color: TEXT },
  detail: { font: "regular", size: 10.5, lineHeight: 14.5, color: MUTED },
  footer: { font: "regular", size: 9, lineHeight: 12, color: MUTED },
} satisfies Record<string, Style>;

const LIST_INDENT = 16;

export interface PlanPdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

const FONT_DIR = () => path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans");
let fontCache: Promise<PlanPdfFonts> | undefined;

/** Noto Sans regular and bold from the installed package (read once per process). */
export function loadPlanPdfFonts(): Promise<PlanPdfFonts> {
  if (!fontCache) {
    fontCache = Promise.all([
      readFile(path.join(FONT_DIR(), "400Regular", "NotoSans_400Regular.ttf")),
      readFile(path.join(FONT_DIR(), "700Bold", "NotoSans_700Bold.ttf")),
    ]).then(([regular, bold]) => ({ regular: new Uint8Array(regular), bold: new Uint8Array(bold) }));
    // A failed read is not cached: the next download tries again.
    fontCache.catch(() => {
      fontCache = undefined;
    });
  }
  return fontCache;
}

type Fontkit = Parameters<PDFDocument["registerFontkit"]>[0];

/** The parts of @pdf-lib/fontkit's TrueType subset this file relies on (private API, checked at run time). */
interface TrueTypeSubsetInternals {
  _addGlyph?: (gid: number) => number;
  glyf?: Uint8Array[];
  offset?: number;
}

/**
 * @pdf-lib/fontkit 1.1.1 writes a small subset's `loca` table in the short format (offsets halved)
 * without padding glyph records to an even length, so after the first odd-length glyph every later
 * glyph's offset is off by a byte: the PDF's text extracts fine but many letters render blank (Noto
 * Sans has odd-length glyphs). Upstream fontkit fixed this in 1.8.0 (foliojs/fontkit#191); until the
 * fork catches up, pad each subset glyph record to an even length, which makes the halving exact
 * (trailing padding in a glyph record is allowed). If the internals change, subsetting runs as is.
 */
export const evenGlyphFontkit: Fontkit = {
  create(buffer, postscriptName) {
    const font = fontkit.create(buffer, postscriptName);
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset();
      const internals = subset as unknown as TrueTypeSubsetInternals;
      const addGlyph = internals._addGlyph?.bind(subset);
      if (addGlyph) {
        internals._addGlyph = (gid: number) => {
          const index = addGlyph(gid);
          const glyph = internals.glyf?.[index];
          // The same Buffer class as fontkit's own (its bundle carries a Buffer polyfill).
          const BufferClass = glyph?.constructor as { alloc?: (size: number) => Uint8Array } | undefined;
          if (glyph && glyph.length % 2 === 1 && typeof internals.offset === "number" && typeof BufferClass?.alloc === "function") {
            const padded = BufferClass.alloc(glyph.length + 1);
            padded.set(glyph, 0);
            internals.glyf![index] = padded;
            internals.offset += 1;
          }
          return index;
        };
      }
      return subset;
    };
    return font;
  },
};

/** Splits text into lines no wider than `maxWidth`; a word longer than a line is broken by characters. */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const width = (s: string) => font.widthOfTextAtSize(s, size);
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (width(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    if (width(word) <= maxWidth) {
      line = word;
      continue;
    }
    // A very long word (a URL, an e-mail address): break it where the line is full.
    let part = "";
    for (const ch of word) {
      if (part && width(part + ch) > maxWidth) {
        lines.push(part);
        part = "";
      }
      part += ch;
    }
    line = part;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [""];
}

class Layout {
  private readonly pages: PDFPage[] = [];
  private page!: PDFPage;
  private y = 0;
  private readonly charsets: Record<"regular" | "bold", Set<number>>;

  constructor(
    private readonly pdf: PDFDocument,
    private readonly fonts: Record<"regular" | "bold", PDFFont>,
  ) {
    this.charsets = { regular: new Set(fonts.regular.getCharacterSet()), bold: new Set(fonts.bold.getCharacterSet()) };
    this.newPage();
  }

  get allPages(): PDFPage[] {
    return this.pages;
  }

  private newPage() {
    this.page = this.pdf.addPage([A4.width, A4.height]);
    this.pages.push(this.page);
    this.y = A4.height - MARGIN.top;
  }

  /** Characters the font cannot draw become "?" (never a crash, never an invisible gap). */
  clean(text: string, font: "regular" | "bold"): string {
    const set = this.charsets[font];
    let out = "";
    for (const ch of text.replace(/[\t\r\n]+/g, " ")) {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
      out += cp === 0x20 || set.has(cp) ? ch : "?";
    }
    return out;
  }

  lines(text: string, style: Style, indent = 0): string[] {
    return wrapText(this.clean(text, style.font), this.fonts[style.font], style.size, CONTENT_WIDTH - indent);
  }

  /** Starts a new page unless `height` still fits above the bottom margin. */
  ensure(height: number) {
    const top = A4.height - MARGIN.top;
    if (this.y - height < MARGIN.bottom && this.y < top) this.newPage();
  }

  space(height: number) {
    this.y -= height;
  }

  /** Draws wrapped lines, moving to a new page between lines when the page is full. */
  draw(lines: string[], style: Style, indent = 0) {
    for (const text of lines) {
      this.ensure(style.lineHeight);
      this.y -= style.lineHeight;
      // Baseline about a quarter of the line height above the line's bottom.
      this.page.drawText(text, { x: MARGIN.left + indent, y: this.y + (style.lineHeight - style.size) / 2 + style.size * 0.22, size: style.size, font: this.fonts[style.font], color: style.color });
    }
  }

  /** A list item's first line with its bullet (the bullet first, so text extraction reads "• …"). */
  bulletLine(text: string, style: Style, indent: number) {
    this.ensure(style.lineHeight);
    this.y -= style.lineHeight;
    const y = this.y + (style.lineHeight - style.size) / 2 + style.size * 0.22;
    this.page.drawText("•", { x: MARGIN.left + 4, y, size: style.size, font: this.fonts.regular, color: style.color });
    this.page.drawText(text, { x: MARGIN.left + indent, y, size: style.size, font: this.fonts[style.font], color: style.color });
  }

  footer(doc: PlanPrintDocument) {
    const total = this.pages.length;
    const font = this.fonts.regular;
    const { size, color } = STYLE.footer;
    this.pages.forEach((page, i) => {
      const label = this.clean(doc.pageLabel(i + 1, total), "regular");
      const labelWidth = font.widthOfTextAtSize(label, size);
      const left = wrapText(this.clean(doc.footer, "regular"), font, size, CONTENT_WIDTH - labelWidth - 12)[0] ?? "";
      page.drawText(left, { x: MARGIN.left, y: FOOTER_Y, size, font, color });
      page.drawText(label, { x: A4.width - MARGIN.right - labelWidth, y: FOOTER_Y, size, font, color });
    });
  }
}

function drawItem(layout: Layout, item: PrintListItem) {
  const main = layout.lines(item.text, STYLE.body, LIST_INDENT);
  const details = item.details.map((d) => layout.lines(d, STYLE.detail, LIST_INDENT));
  const height = main.length * STYLE.body.lineHeight + details.flat().length * STYLE.detail.lineHeight;
  // Keep a short item on one page; a long one flows line by line.
  layout.ensure(Math.min(height, 8 * STYLE.body.lineHeight));
  layout.bulletLine(main[0]!, STYLE.body, LIST_INDENT);
  layout.draw(main.slice(1), STYLE.body, LIST_INDENT);
  for (const d of details) layout.draw(d, STYLE.detail, LIST_INDENT);
  layout.space(5);
}

/** Renders the printed plan to PDF bytes (A4, fonts embedded as subsets, title and language set). */
export async function renderPlanPdf(doc: PlanPrintDocument, opts: { fonts?: PlanPdfFonts; now?: Date } = {}): Promise<Uint8Array<ArrayBuffer>> {
  const fontBytes = opts.fonts ?? (await loadPlanPdfFonts());
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(evenGlyphFontkit);
  const fonts = {
    regular: await pdf.embedFont(fontBytes.regular, { subset: true }),
    bold: await pdf.embedFont(fontBytes.bold, { subset: true }),
  };
  const now = opts.now ?? new Date();
  pdf.setTitle(doc.title, { showInWindowTitleBar: true });
  pdf.setSubject(doc.versionLine);
  pdf.setLanguage(doc.lang);
  pdf.setCreator("Yhteinen aika");
  pdf.setProducer("Yhteinen aika");
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);

  const layout = new Layout(pdf, fonts);
  layout.draw(layout.lines(doc.title, STYLE.title), STYLE.title);
  layout.space(2);
  layout.draw(layout.lines(doc.versionLine, STYLE.meta), STYLE.meta);
  layout.space(8);
  layout.draw(layout.lines(doc.intro, STYLE.intro), STYLE.intro);

  for (const section of doc.sections) {
    layout.space(14);
    const heading = layout.lines(section.heading, STYLE.heading);
    // A heading never ends a page: keep it with (at least) two lines of what follows.
    layout.ensure(heading.length * STYLE.heading.lineHeight + 4 + 2 * STYLE.body.lineHeight);
    layout.draw(heading, STYLE.heading);
    layout.space(4);
    for (const block of section.blocks) {
      if (block.kind === "subheading") {
        layout.space(6);
        const lines = layout.lines(block.text, STYLE.subheading);
        layout.ensure(lines.length * STYLE.subheading.lineHeight + 2 * STYLE.body.lineHeight);
        layout.draw(lines, STYLE.subheading);
        layout.space(2);
      } else if (block.kind === "paragraph") {
        layout.draw(layout.lines(block.text, STYLE.body), STYLE.body);
        layout.space(5);
      } else {
        for (const item of block.items) drawItem(layout, item);
      }
    }
  }

  layout.footer(doc);
  return new Uint8Array(await pdf.save());
}
