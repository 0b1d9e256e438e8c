// The printed plan as a PDF (A4), rendered on the server from the same document model as the print
// view: no browser needed, nothing from the network. It is a tagged PDF (the accessibility law
// 306/2019 covers documents offered for download): a structure tree of headings, paragraphs and
// lists in reading order, the document's language and title, running footers marked as artifacts,
// and real text in embedded Noto Sans subsets (ä, ö, å and the rest of Latin, Greek and Cyrillic).
// PDFKit writes the tags; the layout is ours: text is wrapped to the page width and flows onto as
// many pages as it needs, headings are kept with what follows them, every page has a footer with
// the plan's version, date and page number.
import { readFile } from "node:fs/promises";
import path from "node:path";
import * as fontkit from "fontkit";
import PDFDocument from "pdfkit";
import type { PlanPrintDocument, PrintListItem } from "./print-document.ts";

/** A4 in PostScript points. */
export const A4 = { width: 595.28, height: 841.89 } as const;
const MM = 72 / 25.4;
const MARGIN = { top: 20 * MM, bottom: 22 * MM, left: 20 * MM, right: 20 * MM };
const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
/** The footer's baseline, from the page's bottom edge. */
const FOOTER_BASELINE = 10 * MM;

const TEXT = "#1b1f24";
const MUTED = "#4a5560";

type FontName = "regular" | "bold";
interface Style {
  font: FontName;
  size: number;
  lineHeight: number;
  color: string;
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

/** Splits text into lines no wider than `maxWidth`; a word longer than a line is broken by characters. */
export function wrapText(text: string, width: (s: string) => number, maxWidth: number): string[] {
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

type Doc = PDFKit.PDFDocument;
type StructElement = PDFKit.PDFStructureElement;

class Layout {
  private y = MARGIN.top;
  private pageCount = 1;
  private readonly glyphs: Record<FontName, fontkit.Font>;

  constructor(
    private readonly doc: Doc,
    fonts: PlanPdfFonts,
  ) {
    this.glyphs = { regular: openFont(fonts.regular), bold: openFont(fonts.bold) };
  }

  get pages(): number {
    return this.pageCount;
  }

  private newPage() {
    this.doc.addPage({ size: [A4.width, A4.height], margin: 0 });
    this.pageCount++;
    this.y = MARGIN.top;
  }

  private use(style: Style) {
    this.doc.font(style.font).fontSize(style.size).fillColor(style.color);
  }

  width(text: string, style: Style): number {
    return this.doc.font(style.font).fontSize(style.size).widthOfString(text);
  }

  /** Characters the font cannot draw become "?" (never a crash, never an invisible gap). */
  clean(text: string, font: FontName): string {
    const glyphs = this.glyphs[font];
    let out = "";
    for (const ch of text.replace(/[\t\r\n]+/g, " ")) {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
      out += cp === 0x20 || glyphs.hasGlyphForCodePoint(cp) ? ch : "?";
    }
    return out;
  }

  lines(text: string, style: Style, indent = 0): string[] {
    return wrapText(this.clean(text, style.font), (s) => this.width(s, style), CONTENT_WIDTH - indent);
  }

  /** Starts a new page unless `height` still fits above the bottom margin. */
  ensure(height: number) {
    if (this.y + height > A4.height - MARGIN.bottom && this.y > MARGIN.top) this.newPage();
  }

  space(height: number) {
    this.y += height;
  }

  /** One line of text at the current position, as marked content of `tag`, added to `element`. */
  private line(text: string, style: Style, x: number, element: StructElement, tag: string) {
    // Baseline about a quarter of the line height above the line's bottom.
    const baseline = this.y + style.lineHeight - (style.lineHeight - style.size) / 2 - style.size * 0.22;
    const content = this.doc.markStructureContent(tag);
    this.use(style);
    this.doc.text(text, x, baseline, { lineBreak: false, baseline: "alphabetic" });
    this.doc.endMarkedContent();
    element.add(content);
  }

  /** Draws wrapped lines into `element`, moving to a new page between lines when the page is full. */
  draw(lines: string[], style: Style, element: StructElement, tag: string, indent = 0) {
    for (const text of lines) {
      this.ensure(style.lineHeight);
      this.line(text, style, MARGIN.left + indent, element, tag);
      this.y += style.lineHeight;
    }
  }

  /** A list item's bullet (its label, first in reading order) and the first line of its body. */
  bulletLine(text: string, style: Style, indent: number, label: StructElement, body: StructElement) {
    this.ensure(style.lineHeight);
    this.line("•", { ...style, font: "regular" }, MARGIN.left + 4, label, "Lbl");
    this.line(text, style, MARGIN.left + indent, body, "LBody");
    this.y += style.lineHeight;
  }

  /** The running footer of every page: pagination, so an artifact outside the structure tree. */
  footer(doc: PlanPrintDocument) {
    const total = this.pageCount;
    const style = STYLE.footer;
    const baseline = A4.height - FOOTER_BASELINE;
    for (let i = 0; i < total; i++) {
      this.doc.switchToPage(i);
      const label = this.clean(doc.pageLabel(i + 1, total), "regular");
      const labelWidth = this.width(label, style);
      const left = wrapText(this.clean(doc.footer, "regular"), (s) => this.width(s, style), CONTENT_WIDTH - labelWidth - 12)[0] ?? "";
      this.doc.markContent("Artifact", { type: "Pagination" });
      this.use(style);
      this.doc.text(left, MARGIN.left, baseline, { lineBreak: false, baseline: "alphabetic" });
      this.doc.text(label, A4.width - MARGIN.right - labelWidth, baseline, { lineBreak: false, baseline: "alphabetic" });
      this.doc.endMarkedContent();
    }
  }
}

function openFont(bytes: Uint8Array): fontkit.Font {
  const font = fontkit.create(Buffer.from(bytes));
  if (!("hasGlyphForCodePoint" in font)) throw new Error("Expected a single font, not a collection");
  return font;
}

/** A block element (H1, H2, P …) under `parent`, drawn line by line, then closed. */
function block(doc: Doc, layout: Layout, parent: StructElement, type: string, lines: string[], style: Style) {
  const element = doc.struct(type);
  parent.add(element);
  layout.draw(lines, style, element, type);
  element.end();
}

function drawItem(doc: Doc, layout: Layout, list: StructElement, item: PrintListItem) {
  const main = layout.lines(item.text, STYLE.body, LIST_INDENT);
  const details = item.details.map((d) => layout.lines(d, STYLE.detail, LIST_INDENT));
  const height = main.length * STYLE.body.lineHeight + details.flat().length * STYLE.detail.lineHeight;
  // Keep a short item on one page; a long one flows line by line.
  layout.ensure(Math.min(height, 8 * STYLE.body.lineHeight));
  const li = doc.struct("LI");
  const label = doc.struct("Lbl");
  const body = doc.struct("LBody");
  list.add(li);
  li.add(label).add(body);
  layout.bulletLine(main[0]!, STYLE.body, LIST_INDENT, label, body);
  label.end();
  layout.draw(main.slice(1), STYLE.body, body, "LBody", LIST_INDENT);
  for (const d of details) block(doc, layout, body, "P", d, STYLE.detail);
  body.end();
  li.end();
  layout.space(5);
}

/** Collects PDFKit's output stream into one buffer. */
function bytesOf(doc: Doc): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("error", reject);
    doc.on("end", () => {
      const all = Buffer.concat(chunks);
      const out = new Uint8Array(new ArrayBuffer(all.byteLength));
      out.set(all);
      resolve(out);
    });
  });
}

/** Renders the printed plan to a tagged PDF (A4, fonts embedded as subsets, title and language set). */
export async function renderPlanPdf(doc: PlanPrintDocument, opts: { fonts?: PlanPdfFonts; now?: Date } = {}): Promise<Uint8Array<ArrayBuffer>> {
  const fonts = opts.fonts ?? (await loadPlanPdfFonts());
  const now = opts.now ?? new Date();
  const pdf = new PDFDocument({
    size: [A4.width, A4.height],
    margin: 0,
    bufferPages: true, // the footers ("page 1/3") are drawn once the page count is known
    tagged: true,
    lang: doc.lang,
    displayTitle: true,
    pdfVersion: "1.7",
    // No standard font: PDFKit would read Helvetica's AFM file from its package folder, and the plan
    // uses only the embedded Noto Sans anyway.
    font: null as unknown as string,
    info: { Title: doc.title, Subject: doc.versionLine, Creator: "Yhteinen aika", Producer: "Yhteinen aika", CreationDate: now, ModDate: now },
  });
  const out = bytesOf(pdf);
  pdf.registerFont("regular", Buffer.from(fonts.regular));
  pdf.registerFont("bold", Buffer.from(fonts.bold));

  const layout = new Layout(pdf, fonts);
  const root = pdf.struct("Document");
  pdf.addStructure(root);

  block(pdf, layout, root, "H1", layout.lines(doc.title, STYLE.title), STYLE.title);
  layout.space(2);
  block(pdf, layout, root, "P", layout.lines(doc.versionLine, STYLE.meta), STYLE.meta);
  layout.space(8);
  block(pdf, layout, root, "P", layout.lines(doc.intro, STYLE.intro), STYLE.intro);

  for (const section of doc.sections) {
    layout.space(14);
    const sect = pdf.struct("Sect");
    root.add(sect);
    const heading = layout.lines(section.heading, STYLE.heading);
    // A heading never ends a page: keep it with (at least) two lines of what follows.
    layout.ensure(heading.length * STYLE.heading.lineHeight + 4 + 2 * STYLE.body.lineHeight);
    block(pdf, layout, sect, "H2", heading, STYLE.heading);
    layout.space(4);
    for (const b of section.blocks) {
      if (b.kind === "subheading") {
        layout.space(6);
        const lines = layout.lines(b.text, STYLE.subheading);
        layout.ensure(lines.length * STYLE.subheading.lineHeight + 2 * STYLE.body.lineHeight);
        block(pdf, layout, sect, "H3", lines, STYLE.subheading);
        layout.space(2);
      } else if (b.kind === "paragraph") {
        block(pdf, layout, sect, "P", layout.lines(b.text, STYLE.body), STYLE.body);
        layout.space(5);
      } else {
        const list = pdf.struct("L");
        sect.add(list);
        for (const item of b.items) drawItem(pdf, layout, list, item);
        list.end();
      }
    }
    sect.end();
  }
  root.end();

  layout.footer(doc);
  pdf.end();
  return out;
}
