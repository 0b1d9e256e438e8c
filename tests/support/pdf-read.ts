// Reading a generated PDF back the way assistive technology and viewers do: pdf.js (through unpdf)
// for the structure tree, the tagged-content text and the metadata, and the embedded font programs
// from the file's own objects (PDFKit writes plain, uncompressed object dictionaries and deflated
// streams, so a pattern finds them without a PDF parser of our own).
import { inflateSync } from "node:zlib";
import { extractText, getDocumentProxy } from "unpdf";

export interface StructNode {
  role: string;
  /** The text of this element's own marked content (not its children's), spaces normalised. */
  text: string;
  children: StructNode[];
}

interface RawNode {
  role?: string;
  type?: string;
  id?: string;
  children?: RawNode[];
}

/** Each page's structure tree (what a screen reader walks), with the text of every element. */
export async function pdfStructure(bytes: Uint8Array): Promise<{ marked: boolean; pages: StructNode[] }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const marked = Boolean((await pdf.getMarkInfo())?.Marked);
  const pages: StructNode[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    // Marked-content id → the text drawn inside it.
    const textById = new Map<string, string>();
    const open: (string | null)[] = [];
    const content = await page.getTextContent({ includeMarkedContent: true });
    for (const item of content.items as { type?: string; id?: string; str?: string }[]) {
      if (item.type === "beginMarkedContentProps" || item.type === "beginMarkedContent") open.push(item.id ?? null);
      else if (item.type === "endMarkedContent") open.pop();
      else if (typeof item.str === "string") {
        const id = open.findLast((x) => x !== null);
        if (id) textById.set(id, `${textById.get(id) ?? ""} ${item.str}`);
      }
    }
    const convert = (node: RawNode): StructNode => {
      const kids = node.children ?? [];
      const text = kids
        .filter((k) => k.type === "content" && k.id)
        .map((k) => textById.get(k.id!) ?? "")
        .join(" ")
        .replace(/\s+/g, " ")
        .trim();
      return { role: node.role ?? "", text, children: kids.filter((k) => k.role).map(convert) };
    };
    pages.push(convert(((await page.getStructTree()) ?? { role: "Root" }) as RawNode));
  }
  return { marked, pages };
}

/** Every element of the trees, depth first (document order), across all pages. */
export function flatten(nodes: StructNode[]): StructNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

/** All text of the document, pages merged, whitespace normalised (what copy and paste would give). */
export async function pdfPlainText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

/** The embedded TrueType programs (FontFile2 streams), decompressed. */
export function embeddedFontFiles(bytes: Uint8Array): Buffer[] {
  const file = Buffer.from(bytes);
  const latin1 = file.toString("latin1");
  const refs = [...latin1.matchAll(/\/FontFile2 (\d+) 0 R/g)].map((m) => m[1]!);
  return refs.map((n) => {
    const start = latin1.search(new RegExp(`(^|\\n)${n} 0 obj\\b`));
    const streamStart = latin1.indexOf("stream\n", start) + "stream\n".length;
    const streamEnd = latin1.indexOf("\nendstream", streamStart);
    const dict = latin1.slice(start, streamStart);
    const raw = file.subarray(streamStart, streamEnd);
    return /\/FlateDecode/.test(dict) ? inflateSync(raw) : Buffer.from(raw);
  });
}

/** A name or boolean entry of the document catalog, e.g. DisplayDocTitle (read from the raw file). */
export function rawContains(bytes: Uint8Array, pattern: RegExp): boolean {
  return pattern.test(Buffer.from(bytes).toString("latin1"));
}
