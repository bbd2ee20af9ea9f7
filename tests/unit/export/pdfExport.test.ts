import { beforeAll, describe, expect, it } from 'vitest';
import { printExport } from '../../../src/main/export/pdfExport';
import type { ProgramContent } from '../../../src/shared/content';
import { documentFromArchive } from '../../../src/shared/export/documentFromArchive';
import type { ExportOptions } from '../../../src/shared/export/exportModel';
import {
  loadProgram,
  longEntryBody,
  sampleArchive,
  SAMPLE_TODAY,
  SCRIPT_SAMPLES,
} from '../../harness/exportSamples';
import { FOOTER_LINE, flatText, pdfFlatText, pdfInfo, pdfPages } from '../../harness/pdfText';
import { ALL } from './fixtures';
import { printerForThisFile } from './printerForThisFile';

const printer = printerForThisFile();
let program: ProgramContent;

beforeAll(async () => {
  program = await loadProgram();
});

async function print(options: ExportOptions): Promise<Uint8Array> {
  const source = documentFromArchive({
    program,
    archive: sampleArchive(),
    selection: options,
    generatedOn: SAMPLE_TODAY,
  });
  return (await printExport(source, options, printer)).pdf;
}

/** Every page carries its number and something besides it: no blank page from a layout overflow. */
function expectNumberedPagesWithContent(pages: readonly string[]): void {
  pages.forEach((page, index) => {
    expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
    expect(page.replace(FOOTER_LINE, '').trim(), `page ${index + 1}`).not.toBe('');
  });
}

/** Asserts that each text occurs in `text`, each after the one before. */
function expectInOrder(text: string, parts: readonly string[]): void {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    expect(at, `"${part}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
}

const NOTES_IN_ORDER = [
  'Everything, including the parts I kept back the first time.',
  `Note in Chinese: ${SCRIPT_SAMPLES.chinese}`,
  'Note in Arabic:',
  SCRIPT_SAMPLES.arabic,
  'The messages, and how long it went on.',
  'Anything I remember later goes here too.',
  'Note in Hebrew:',
  SCRIPT_SAMPLES.hebrew,
  'That the anger is fair, and that it is not mine to manage.',
  SCRIPT_SAMPLES.accents,
];
const ENTRY_TITLES_IN_ORDER = [
  'The first night',
  'Two languages',
  'What I typed into the app',
  'A long evening',
  'Small things',
];

describe('the PDF export, read back with pdftotext', () => {
  it('holds the cover, the contents, every note and entry in order, the charts, and page numbers on every page', async () => {
    const pdf = await print(ALL);
    const pages = await pdfPages(pdf);
    const text = flatText(pages);
    const info = await pdfInfo(pdf);

    expect(info['Page size']).toContain('(A4)');
    expect(info['Title']).toBe('My journey with Mend');
    expect(Number(info['Pages'])).toBe(pages.length);
    expect(pages[0]).toContain('This file is not encrypted.');
    expect(pages[0]).toContain('All dates');
    expect(pages[1]).toContain('Contents');
    expectNumberedPagesWithContent(pages);

    expectInOrder(text, [
      'Guided steps',
      ...NOTES_IN_ORDER,
      'Journal entries',
      ...ENTRY_TITLES_IN_ORDER,
      'Tracker',
    ]);
    expectInOrder(text, [
      'Self-forgiveness',
      'How often the past took over',
      'Kindness toward yourself',
      'Anger',
      'Trust',
    ]);
    expect(text).toContain('days with a check-in between');
  });

  it('prints a long entry whole, across pages, with every paragraph in order', async () => {
    const pdf = await print({
      ...ALL,
      include: { entries: true, notes: false, exercises: false, tracker: false },
      tags: ['long'],
    });
    const pages = await pdfPages(pdf);
    const text = flatText(pages);
    const paragraphs = longEntryBody(40).split('\n\n');
    expectInOrder(text, paragraphs);
    const first = pages.findIndex((page) => page.includes('Paragraph 1 of 40.'));
    const last = pages.findIndex((page) => page.includes('Paragraph 40 of 40.'));
    expect(last - first).toBeGreaterThanOrEqual(2);
  });

  it('gives back Chinese, Japanese, Korean, Arabic, Hebrew, accents and emoji as written', async () => {
    const text = await pdfFlatText(await print({ ...ALL, tags: ['languages', 'good-day'] }));
    for (const sample of Object.values(SCRIPT_SAMPLES)) expect(text).toContain(sample);
  });

  it('holds nothing outside the chosen range, tracks, kinds and tags', async () => {
    const options: ExportOptions = {
      ...ALL,
      paper: 'Letter',
      title: 'For our counsellor',
      from: '2026-02-01',
      to: '2026-02-28',
      tracks: ['broke-trust'],
      include: { entries: true, notes: true, exercises: true, tracker: false },
      tags: ['talk', 'notes'],
    };
    const pdf = await print(options);
    const pages = await pdfPages(pdf);
    const text = flatText(pages);
    expect((await pdfInfo(pdf))['Page size']).toContain('(letter)');
    expectNumberedPagesWithContent(pages);
    expect(pages[0]).toContain('For our counsellor');
    expect(pages[0]).toContain('1 Feb 2026 to 28 Feb 2026');
    expect(pages[0]).toContain('This file is not encrypted.');
    expectInOrder(text, [
      SCRIPT_SAMPLES.hebrew,
      'That the anger is fair',
      'Two languages',
      'What I typed into the app',
    ]);
    for (const outside of [
      'Everything, including the parts', // January note
      SCRIPT_SAMPLES.chinese, // January note and entry
      'The first night', // January entry
      'A long evening', // March entry
      'Small things', // March entry, other tag
      SCRIPT_SAMPLES.accents, // was-hurt track, March
      'The messages, and how long', // exercise item dated January
      'Self-forgiveness', // tracker not chosen
      'Tracker',
    ]) {
      expect(text).not.toContain(outside);
    }
  });

  it('prints the cover alone when nothing matches', async () => {
    const pdf = await print({ ...ALL, include: { ...ALL.include, exercises: false }, from: '2030-01-01' });
    const pages = await pdfPages(pdf);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Nothing in your journal matched these choices.');
    expect(pages[0]).toContain('This file is not encrypted.');
    expect(pages[0]).toContain('Page 1 of 1');
  });
});
