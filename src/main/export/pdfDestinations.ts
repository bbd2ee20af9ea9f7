/**
 * Reads back, from a PDF that Chromium printed, on which page each linked anchor landed, so
 * the Contents page can print real page numbers (a second pass prints them).
 *
 * Chromium's PDF writer (Skia) turns every element that an internal link points at into a
 * named destination: the catalog's `/Dests` dictionary maps `/anchor` to `[page 0 R /XYZ …]`,
 * and the page tree's `/Kids` give each page object its position. Skia writes these objects
 * uncompressed (no object streams), so a small reader of ISO 32000 §7.7.2 and §12.3.2 is
 * enough, and the person's computer needs no PDF library or command-line tool. Anything it
 * cannot read gives an empty map: the Contents then prints without numbers, never wrong ones.
 */

type PdfObjects = ReadonlyMap<number, string>;

function objectsOf(pdf: Uint8Array): PdfObjects {
  // latin1 keeps one character per byte, so offsets and binary streams cannot break the regexes.
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const objects = new Map<number, string>();
  const pattern = /(?:^|[\r\n\s])(\d+) 0 obj\b([\s\S]*?)endobj/g;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const body = match[2] ?? '';
    // Streams (page contents, fonts) hold no destinations: keep only their dictionary.
    const streamAt = body.indexOf('stream');
    objects.set(Number(match[1]), streamAt === -1 ? body : body.slice(0, streamAt));
  }
  return objects;
}

const reference = (dictionary: string, key: string): number | null => {
  const match = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dictionary);
  return match === null ? null : Number(match[1]);
};

/** Page object ids in reading order, walking nested `/Pages` nodes. */
function pageOrder(objects: PdfObjects, nodeId: number, depth = 0): number[] {
  const node = objects.get(nodeId);
  if (node === undefined || depth > 32) return [];
  if (!/\/Type\s*\/Pages\b/.test(node)) return [nodeId];
  const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1] ?? '';
  return [...kids.matchAll(/(\d+)\s+0\s+R/g)].flatMap((kid) => pageOrder(objects, Number(kid[1]), depth + 1));
}

/** Undoes PDF name escapes (`#2D` is `-`). */
const decodeName = (name: string): string =>
  name.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

export interface PrintedPages {
  /** How many pages the PDF has; 0 when its page tree could not be read. */
  pageCount: number;
  /** Anchor name → 1-based page number, for every named destination in the PDF. */
  anchors: Map<string, number>;
}

export function readPrintedPages(pdf: Uint8Array): PrintedPages {
  const pages = new Map<string, number>();
  const result = { pageCount: 0, anchors: pages };
  const objects = objectsOf(pdf);
  const catalog = [...objects.values()].find((body) => /\/Type\s*\/Catalog\b/.test(body));
  if (catalog === undefined) return result;
  const pagesRoot = reference(catalog, 'Pages');
  if (pagesRoot === null) return result;
  const pageIds = pageOrder(objects, pagesRoot);
  result.pageCount = pageIds.length;
  const destsId = reference(catalog, 'Dests');
  if (destsId === null) return result;
  const order = new Map(pageIds.map((pageId, index) => [pageId, index + 1]));
  const dests = objects.get(destsId) ?? '';
  for (const match of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
    const page = order.get(Number(match[2]));
    if (page !== undefined) pages.set(decodeName(match[1] ?? ''), page);
  }
  return result;
}
