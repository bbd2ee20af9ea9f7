import { execFile } from 'node:child_process';

/** Runs a poppler tool with the PDF on stdin and returns its stdout. */
function poppler(tool: string, args: string[], pdf: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(tool, args, { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
    child.stdin?.end(Buffer.from(pdf));
  });
}

/** Bidi controls pdftotext adds around right-to-left runs (RLE/PDF and friends). */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text of every page (`pdftotext -layout`), bidi controls removed; index 0 is page 1. */
export async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  const text = await poppler('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], pdf);
  const pages = text.replace(BIDI_CONTROLS, '').split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

/** The footer the export prints on every page. */
export const FOOTER_LINE = /^\s*Page \d+ of \d+\s*$/gm;

/**
 * All the text without the page footers, runs of whitespace made single spaces: text that
 * flows across a page break reads on as one (and words wrap differently per paper).
 */
export async function pdfFlatText(pdf: Uint8Array): Promise<string> {
  return flatText(await pdfPages(pdf));
}

export function flatText(pages: readonly string[]): string {
  return pages
    .map((page) => page.replace(FOOTER_LINE, ''))
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** `pdfinfo` as key/value pairs (Pages, Page size, Title, …). */
export async function pdfInfo(pdf: Uint8Array): Promise<Record<string, string>> {
  const text = await poppler('pdfinfo', ['-'], pdf);
  return Object.fromEntries(
    text
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1] ?? '', match[2] ?? '']),
  );
}
