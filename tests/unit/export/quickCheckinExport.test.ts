import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { readArchiveJson } from '../../../src/main/export/archiveJson';
import { markdownFiles } from '../../../src/main/export/markdownFiles';
import { printExport } from '../../../src/main/export/pdfExport';
import type { ProgramContent } from '../../../src/shared/content';
import { MendError } from '../../../src/shared/errors';
import type { MendArchive } from '../../../src/shared/export/archiveFormat';
import { documentFromArchive } from '../../../src/shared/export/documentFromArchive';
import type { Channel } from '../../../src/shared/ipc/channels';
import { quickCheckin } from '../../../src/shared/tracker/checkins';
import { createTestMend, makeTempDir, setUpVault, TEST_PASSPHRASE, trustedSender } from '../../harness/core';
import { loadProgram } from '../../harness/exportSamples';
import { pdfFlatText } from '../../harness/pdfText';
import { givenSaveTarget, recordingRevealer, type GivenSaveTarget } from '../../harness/testSaveTarget';
import { ALL } from './fixtures';
import { printerForThisFile } from './printerForThisFile';

/**
 * Issue 15: a day with only the quick check-in's answer goes through every export as it is:
 * the JSON and the encrypted .mend file give it back exactly, and the PDF and Markdown say
 * "not answered" for the questions it left out (never NaN, undefined, null or a 0).
 */

const NOW = new Date(2026, 2, 31, 15, 0).getTime();
const TODAY = '2026-03-31';
const YESTERDAY = '2026-03-30';
const noPrinter = { print: () => Promise.reject(new Error('no printing in this test')) };

let temp: Awaited<ReturnType<typeof makeTempDir>>;
const opened: Mend[] = [];
const printer = printerForThisFile();
let program: ProgramContent;

beforeAll(async () => {
  program = await loadProgram();
});
beforeEach(async () => {
  temp = await makeTempDir('mend-quick-export-');
});
afterEach(async () => {
  for (const mend of opened.splice(0)) await mend.dispose();
  await temp.remove();
});

async function open(name: string): Promise<{ mend: Mend; saveTarget: GivenSaveTarget }> {
  const saveTarget = givenSaveTarget();
  const mend = await createTestMend(join(temp.path, name), {
    now: () => NOW,
    exportPorts: { printer: noPrinter, saveTarget, revealer: recordingRevealer() },
  });
  opened.push(mend);
  return { mend, saveTarget };
}

async function ok(mend: Mend, channel: Channel, input?: unknown): Promise<unknown> {
  const result = await mend.dispatch(channel, input, trustedSender);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function exportJson(mend: Mend, saveTarget: GivenSaveTarget, name: string): Promise<string> {
  saveTarget.file = join(temp.path, name);
  await ok(mend, 'export.json');
  return readFile(saveTarget.file, 'utf8');
}

const QUICK_ONLY = [quickCheckin('broke-trust', TODAY, 6), quickCheckin('was-hurt', TODAY, 0)];
const FULL = {
  track: 'broke-trust',
  date: YESTERDAY,
  selfForgiveness: 4,
  rumination: 'often',
  kindness: 2,
  repair: 'Answered every question.',
} as const;

const withoutTime = (archive: MendArchive) => ({ ...archive, exportedAt: null });
const NOTHING_BROKEN = /NaN|undefined|null|\[object/;

describe('a day with only the quick answer, exported', () => {
  it('comes back exactly from the JSON export and from the encrypted .mend file', async () => {
    const first = await open('first');
    await setUpVault(first.mend);
    for (const checkin of [...QUICK_ONLY, FULL]) await ok(first.mend, 'tracker.save', checkin);
    const text = await exportJson(first.mend, first.saveTarget, 'first.json');
    const archive = readArchiveJson(text);
    expect(archive.checkins).toEqual(expect.arrayContaining([...QUICK_ONLY, FULL]));
    expect(archive.checkins).toHaveLength(3);
    // An unanswered question is left out of the file, not written as null or 0.
    expect(text).not.toMatch(/"rumination": null|"kindness": null|"trust": null/);

    // A file whose check-in answers nothing is refused whole, with a typed error.
    expect(readArchiveJson(JSON.stringify(JSON.parse(text))).checkins).toHaveLength(3);
    const empty = JSON.parse(text) as { checkins: Record<string, unknown>[] };
    empty.checkins = [{ track: 'was-hurt', date: TODAY, note: 'no answer' }];
    expect(() => readArchiveJson(JSON.stringify(empty))).toThrow(MendError);

    const imported = await open('imported');
    await setUpVault(imported.mend);
    imported.saveTarget.openFile = join(temp.path, 'first.json');
    expect(await ok(imported.mend, 'transfer.importJson')).toMatchObject({ counts: { checkins: 3 } });
    const again = readArchiveJson(await exportJson(imported.mend, imported.saveTarget, 'again.json'));
    expect(withoutTime(again)).toEqual(withoutTime(archive));
    expect(await ok(imported.mend, 'tracker.get', { track: 'was-hurt', date: TODAY })).toEqual({
      checkin: QUICK_ONLY[1],
    });

    first.saveTarget.file = join(temp.path, 'journal.mend');
    await ok(first.mend, 'transfer.backupFile');
    const restored = await open('restored');
    restored.saveTarget.openFile = join(temp.path, 'journal.mend');
    await ok(restored.mend, 'transfer.restoreBackupFile');
    await ok(restored.mend, 'vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE });
    const fromBackup = readArchiveJson(await exportJson(restored.mend, restored.saveTarget, 'restored.json'));
    expect(withoutTime(fromBackup)).toEqual(withoutTime(archive));
  });

  it('reads "not answered" in the Markdown daily table and in the PDF (pdftotext)', async () => {
    const first = await open('first');
    await setUpVault(first.mend);
    for (const checkin of [...QUICK_ONLY, FULL]) await ok(first.mend, 'tracker.save', checkin);
    const archive = readArchiveJson(await exportJson(first.mend, first.saveTarget, 'first.json'));
    const source = documentFromArchive({ program, archive, selection: ALL, generatedOn: TODAY });

    const tracker = markdownFiles(source).find((file) => file.path === 'tracker.md')?.content ?? '';
    // The hurt partner's quick day: anger 0 (an answer), the other three questions left open.
    expect(tracker).toMatch(/\| 31 Mar 2026 \| 0 \| not answered \| not answered \| not answered \|/);
    // The quick day of the other path: self-forgiveness 6, the rest open; the full day as it was.
    expect(tracker).toMatch(/\| 31 Mar 2026 \| 6 \| not answered \| not answered \|/);
    expect(tracker).toMatch(/\| 30 Mar 2026 \| 4 \| often \| somewhat harsh \| Answered every question\. \|/);
    expect(tracker).not.toMatch(NOTHING_BROKEN);

    const { pdf } = await printExport(source, ALL, printer);
    const text = await pdfFlatText(pdf);
    expect(text).toContain('31 Mar 2026 0 not answered not answered not answered');
    expect(text).toContain('31 Mar 2026 6 not answered not answered');
    expect(text).toContain('2 days with a check-in');
    expect(text).not.toMatch(NOTHING_BROKEN);
    expect(printer.blockedRequests).toEqual([]);
  });
});
