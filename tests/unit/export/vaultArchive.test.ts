import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { readArchiveJson } from '../../../src/main/export/archiveJson';
import type { Channel } from '../../../src/shared/ipc/channels';
import { trustedSender } from '../../harness/core';
import { type TempDir, closeTestMend, openExportVault } from '../../harness/testVault';
import { pdfPages } from '../../harness/pdfText';
import { createPlaywrightPdfPrinter, type TestPdfPrinter } from '../../harness/playwrightPdfPrinter';
import type { GivenSaveTarget } from '../../harness/testSaveTarget';
import { ALL } from './fixtures';
import { EXERCISES } from '../../harness/writtenJournal';

let printer: TestPdfPrinter;
let temp: TempDir;
let mend: Mend;
let saveTarget: GivenSaveTarget;
const NOW = Date.parse('2026-03-31T12:00:00Z');

beforeAll(() => {
  printer = createPlaywrightPdfPrinter();
});
afterAll(async () => {
  await printer.close();
});
beforeEach(async () => {
  ({
    dir: temp,
    mend,
    saveTarget,
  } = await openExportVault(printer, { prefix: 'mend-vault-archive-', now: NOW, written: true }));
});
afterEach(async () => {
  await closeTestMend({ dir: temp, mend });
});

const call = (channel: Channel, input?: unknown) => mend.dispatch(channel, input, trustedSender);

async function exportJson(name = 'all.json') {
  saveTarget.file = join(temp.path, name);
  expect(await call('export.json')).toMatchObject({ ok: true, value: { status: 'saved' } });
  return readArchiveJson(await readFile(saveTarget.file, 'utf8'));
}

describe('the export reads the vault', () => {
  it('puts everything the person wrote into the JSON export, trashed entries left out', async () => {
    const archive = await exportJson();
    // Two statuses chosen by hand; every other step has words in its exercise, so it is in progress.
    const inProgress = (stepId: string) => ({
      stepId,
      status: 'in-progress',
      updatedAt: '2026-03-31T12:00:00.000Z',
    });
    expect(archive.stepProgress).toEqual([
      { stepId: 'bt-1-honesty', status: 'done', updatedAt: '2026-03-31T12:00:00.000Z' },
      inProgress('bt-2-reaction'),
      ...Object.keys(EXERCISES)
        .filter((id) => id !== 'bt-1-honesty' && id !== 'bt-2-reaction')
        .map(inProgress),
    ]);
    expect(archive.notes.map((note) => [note.promptId, note.body])).toEqual([
      ['bt-1-honesty.p1', 'HonestyNoteWord'],
      ['bt-2-reaction.p1', 'ReactionNoteWord'],
      ['wh-1-letting-go-of-anger.p1', 'AngerNoteWord'],
    ]);
    expect(archive.exercises.map((exercise) => exercise.kind)).toEqual([
      'disclosure-list',
      'reaction-plan',
      'apology-workshop',
      'listening-log',
      'openness-plan',
      'self-forgiveness-checkin',
      'patience-timeline',
      'anger-release',
      'linger-reflection',
      'expectations-list',
      'love-notes',
    ]);
    const byStep = new Map(archive.exercises.map((exercise) => [exercise.stepId, exercise.items]));
    expect(byStep.get('bt-1-honesty')).toEqual([
      { label: 'Shared with my partner', text: 'DisclosedPhone', date: '2026-02-02', done: true },
      { label: 'Still to share', text: 'UnsharedTrip', date: null, done: false },
    ]);
    expect(byStep.get('bt-3-asking-forgiveness')).toEqual([
      { label: 'My apology', text: 'ApologyDraftWords', date: null, done: null },
      { label: 'How I should have acted', text: 'ShouldHaveTold', date: null, done: null },
      { label: 'What I will do from now on', text: 'FromNowOnHonest', date: null, done: null },
    ]);
    expect(byStep.get('bt-7-patience')?.map((item) => [item.label, item.date])).toEqual([
      ['The day the truth came out', '2026-01-01'],
      ['Milestone', '2026-03-01'],
    ]);
    expect(byStep.get('wh-1-letting-go-of-anger')).toEqual([
      { label: 'The letter I will not send', text: 'UnsentLetterWords', date: '2026-03-05', done: true },
    ]);
    expect(byStep.get('wh-2-lingering-feelings')?.map((item) => item.text)).toEqual([
      'SawTheCar',
      'TightChest',
      'ItAgain',
      'Something older',
      'SlowBreath',
    ]);
    expect(archive.entries.map((entry) => [entry.date, entry.title, entry.tags])).toEqual([
      ['2026-01-05', 'JanuaryEntry', ['hard']],
      ['2026-02-14', 'FebruaryEntry', ['calm']],
      ['2026-03-20', null, ['hard', 'hope']],
    ]);
    expect(archive.entries[0]).toMatchObject({ bodyMarkdown: 'JanuaryBody', stepId: 'bt-1-honesty' });
    expect(archive.checkins.map((checkin) => [checkin.track, checkin.date])).toEqual([
      ['broke-trust', '2026-03-01'],
      ['broke-trust', '2026-03-02'],
      ['was-hurt', '2026-03-03'],
    ]);
  });

  it('offers the tags in use (not those only on trashed entries)', async () => {
    expect(await call('export.choices')).toMatchObject({
      ok: true,
      value: { tags: ['calm', 'hard', 'hope'] },
    });
  });

  it('prints the chosen parts into the PDF, in order, and nothing that was not chosen', async () => {
    saveTarget.file = join(temp.path, 'chosen.pdf');
    const result = await call('export.pdf', {
      ...ALL,
      tracks: ['broke-trust'],
      from: '2026-02-01',
      to: '2026-03-31',
      tags: ['hard'],
    });
    expect(result).toMatchObject({ ok: true, value: { status: 'saved', counts: { entries: 1, charts: 3 } } });
    const text = (await pdfPages(await readFile(saveTarget.file))).join('\n');
    const order = [
      'HonestyNoteWord',
      'DisclosedPhone',
      'ReactionNoteWord',
      'ApologyDraftWords',
      'FirstCalmDinner',
      'MarchBodyUntitled',
    ];
    const positions = order.map((word) => text.indexOf(word));
    expect(
      positions.every((position) => position >= 0),
      `${order} in ${positions}`,
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('Self-forgiveness');
    for (const absent of [
      'AngerNoteWord',
      'UnsentLetterWords',
      'JanuaryBody',
      'FebruaryBody',
      'TrashedBody',
    ]) {
      expect(text, absent).not.toContain(absent);
    }
  });
});
