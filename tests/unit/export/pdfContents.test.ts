import { beforeAll, describe, expect, it } from 'vitest';
import { printExport } from '../../../src/main/export/pdfExport';
import type { ProgramContent } from '../../../src/shared/content';
import { documentFromArchive } from '../../../src/shared/export/documentFromArchive';
import type { ExportOptions } from '../../../src/shared/export/exportModel';
import { loadProgram, sampleArchive, SAMPLE_TODAY } from '../../harness/exportSamples';
import { FOOTER_LINE, flatText, pdfPages } from '../../harness/pdfText';
import { ALL } from './fixtures';
import { printerForThisFile } from './printerForThisFile';

/**
 * The PDF's Contents page, read back with pdftotext page by page: every line's number is the
 * page its heading is printed on, short exports have no Contents, parts do not leave pages
 * mostly blank, check-ins print day by day with what was done toward repair, and averages on
 * word scales are words.
 */

const printer = printerForThisFile();
let program: ProgramContent;

beforeAll(async () => {
  program = await loadProgram();
});

async function printPages(options: ExportOptions): Promise<string[]> {
  const source = documentFromArchive({ program, archive: sampleArchive(), selection: options, generatedOn: SAMPLE_TODAY });
  return pdfPages((await printExport(source, options, printer)).pdf);
}

/** The Contents' lines that end in a page number: [title, page]. */
function contentsLines(page: string): [string, number][] {
  return page
    .replace(FOOTER_LINE, '')
    .split('\n')
    .map((line) => /^\s*(.+?)\s{2,}(\d+)\s*$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => [(match[1] ?? '').replace(/\s*\(\d+\)$/, '').trim(), Number(match[2])]);
}

describe('the Contents page', () => {
  it('gives every part, step and month the page it is printed on', async () => {
    const pages = await printPages(ALL);
    expect(pages[1]).toContain('Contents');
    const lines = contentsLines(pages[1] ?? '');
    expect(lines.map(([title]) => title)).toEqual(
      expect.arrayContaining(['Guided steps', 'Journal entries', 'Tracker', 'January 2026', 'March 2026']),
    );
    expect(lines.length).toBeGreaterThanOrEqual(8);
    for (const [title, page] of lines) {
      expect(page, title).toBeGreaterThan(2);
      const printed = pages[page - 1] ?? '';
      // The heading is on that page, and not already on the page before (a heading that
      // begins a page is never on the previous one).
      expect(printed.replace(/\s+/g, ' '), `"${title}" on page ${page}`).toContain(title);
    }
    const numbers = lines.map(([, page]) => page);
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
  });

  it('is left out of an export of two pages or fewer', async () => {
    const pages = await printPages({
      ...ALL,
      include: { entries: true, notes: false, exercises: false, tracker: false },
      tags: ['languages'],
    });
    expect(pages.length).toBeLessThanOrEqual(2);
    expect(flatText(pages)).not.toContain('Contents');
    expect(flatText(pages)).toContain('Journal entries');
  });

  it('leaves no page mostly blank before the next part', async () => {
    const pages = await printPages(ALL);
    // Every page but the cover, the Contents and the last carries a good share of text.
    const lines = pages.map((page) => page.replace(FOOTER_LINE, '').split('\n').filter((l) => l.trim() !== '').length);
    const body = lines.slice(2, -1);
    expect(Math.min(...body), `non-empty lines per page: ${lines.join(', ')}`).toBeGreaterThan(12);
  });
});

describe('the tracker in the PDF', () => {
  it('prints each day of check-ins with the repair answer and the note, and word-scale averages in words', async () => {
    const pages = await printPages({ ...ALL, include: { entries: false, notes: false, exercises: false, tracker: true } });
    const text = flatText(pages);
    expect(text).toContain('Day by day');
    expect(text).toContain('Toward repair: Answered every question without getting defensive.');
    expect(text).toContain('Note: Slept badly, and still kept the walk we planned.');
    // The rumination and felt-safe averages are words, never a number no one answered.
    expect(text).toMatch(/How often the past took over, .*?The 7-day average was (about )?“(never|sometimes|often|constantly)”/);
    expect(text).toMatch(/Felt safe, .*?The 7-day average was (about )?“(no|partly|yes)”/);
    expect(text).not.toMatch(/How often the past took over, [^.]*\. [^.]*\. [^.]*\. The 7-day average was \d/);
  });
});
