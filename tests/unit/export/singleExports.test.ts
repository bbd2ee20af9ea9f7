import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import type { Channel } from '../../../src/shared/ipc/channels';
import { trustedSender } from '../../harness/core';
import { type TempDir, closeTestMend, openExportVault } from '../../harness/testVault';
import { loadProgram } from '../../harness/exportSamples';
import { flatText, pdfPages } from '../../harness/pdfText';
import type { GivenSaveTarget } from '../../harness/testSaveTarget';
import { ALL } from './fixtures';
import { printerForThisFile } from './printerForThisFile';

/**
 * Exports that mean what they say, through the real channels over a real vault, read back
 * with pdftotext: one step alone, a letter alone on its page, and an export narrowed to the
 * chosen steps (journal and check-ins only when asked for).
 */

const printer = printerForThisFile();
let temp: TempDir;
let mend: Mend;
let saveTarget: GivenSaveTarget;
const NOW = Date.parse('2026-03-31T12:00:00Z');

beforeEach(async () => {
  ({
    dir: temp,
    mend,
    saveTarget,
  } = await openExportVault(printer, { prefix: 'mend-single-export-', now: NOW, written: true }));
});
afterEach(async () => {
  await closeTestMend({ dir: temp, mend });
});

const call = (channel: Channel, input?: unknown) => mend.dispatch(channel, input, trustedSender);

async function savedPages(channel: Channel, input: unknown): Promise<string[]> {
  saveTarget.file = join(temp.path, `${channel}.pdf`);
  expect(await call(channel, input)).toMatchObject({ ok: true, value: { status: 'saved' } });
  return pdfPages(await readFile(saveTarget.file));
}

/** Everything else the written journal holds, which a step or letter export must not print. */
const ELSEWHERE = [
  'JanuaryEntry',
  'FebruaryBody',
  'MarchBodyUntitled',
  'ReactionNoteWord',
  'AngerNoteWord',
  'ApologyDraftWords',
  'OpennessWords',
  'Wrote it down',
  'HurtNote',
  'Self-forgiveness',
  'Contents',
];

describe('export this step', () => {
  it('prints the step’s questions, the note and the exercise, and nothing from elsewhere', async () => {
    const program = await loadProgram();
    const step = program.tracks[0]?.steps.find((candidate) => candidate.id === 'bt-1-honesty');
    const text = flatText(await savedPages('export.stepPdf', { stepId: 'bt-1-honesty', paper: 'A4' }));
    expect(text).toContain(`Step 1: ${step?.title ?? '?'}`);
    for (const prompt of step?.prompts ?? []) expect(text).toContain(prompt.text.replace(/\s+/g, ' '));
    expect(text).toContain('HonestyNoteWord');
    expect(text).toContain('No note written yet.');
    expect(text).toContain('DisclosedPhone');
    expect(text).toContain('UnsharedTrip');
    expect(text).toContain('This file is not encrypted.');
    for (const other of ELSEWHERE) expect(text).not.toContain(other);
  });

  it('answers NOT_FOUND for a step the program does not have, before asking where to save', async () => {
    expect(await call('export.stepPdf', { stepId: 'bt-9-nothing', paper: 'A4' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(saveTarget.asked).toEqual([]);
  });
});

describe('a letter or agreement alone on the page', () => {
  it('prints the apology draft by itself: no cover, no footer, no commitments, nothing else', async () => {
    const pages = await savedPages('export.itemPdf', { stepId: 'bt-3-asking-forgiveness', paper: 'Letter' });
    expect(pages).toHaveLength(1);
    expect(pages[0]?.replace(/\s+/g, ' ').trim()).toBe('My apology ApologyDraftWords');
  });

  it('prints the openness agreement by itself', async () => {
    const pages = await savedPages('export.itemPdf', { stepId: 'bt-5-openness', paper: 'A4' });
    expect(pages[0]?.replace(/\s+/g, ' ').trim()).toBe('Our openness agreement OpennessWords');
  });

  it('refuses a step that has no letter or agreement, saying so', async () => {
    expect(await call('export.itemPdf', { stepId: 'bt-1-honesty', paper: 'A4' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'There is nothing to print here yet.' },
    });
  });
});

describe('choosing steps narrows the whole export', () => {
  const narrowed = { ...ALL, tracks: ['broke-trust'], stepIds: ['bt-1-honesty'] };

  it('holds only the chosen step: no journal entries, no check-ins, no other step', async () => {
    const text = flatText(await savedPages('export.pdf', narrowed));
    expect(text).toContain('HonestyNoteWord');
    expect(text).toContain('DisclosedPhone');
    for (const other of ['JanuaryEntry', 'FebruaryBody', 'ReactionNoteWord', 'ApologyDraftWords', 'Tracker'])
      expect(text).not.toContain(other);
  });

  it('adds the journal and the check-ins when the switch asks for them', async () => {
    const text = flatText(await savedPages('export.pdf', { ...narrowed, withJournal: true }));
    expect(text).toContain('HonestyNoteWord');
    expect(text).toContain('JanuaryEntry');
    expect(text).toContain('Toward repair: Wrote it down');
    expect(text).not.toContain('ReactionNoteWord');
  });

  it('does the same in the Markdown folder', async () => {
    saveTarget.folder = temp.path;
    const result = await call('export.markdown', {
      tracks: narrowed.tracks,
      stepIds: narrowed.stepIds,
      include: ALL.include,
    });
    expect(result).toMatchObject({ ok: true, value: { status: 'saved', counts: { entries: 0, charts: 0 } } });
  });
});
