import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { readArchiveJson } from '../../../src/main/export/archiveJson';
import type { MendArchive } from '../../../src/shared/export/archiveFormat';
import type { Channel } from '../../../src/shared/ipc/channels';
import { createTestMend, makeTempDir, setUpVault, TEST_PASSPHRASE, trustedSender } from '../../harness/core';
import { givenSaveTarget, recordingRevealer, type GivenSaveTarget } from '../../harness/testSaveTarget';
import { CHECKINS, writeJournal } from '../../harness/writtenJournal';

/**
 * Taking a journal along: the JSON import into an empty journal (a round trip with the JSON
 * export) and the encrypted `.mend` file, saved here and opened in a fresh data folder.
 */

const NOW = Date.parse('2026-03-31T12:00:00Z');
const noPrinter = { print: () => Promise.reject(new Error('no printing in this test')) };
let temp: Awaited<ReturnType<typeof makeTempDir>>;
const opened: Mend[] = [];

beforeEach(async () => {
  temp = await makeTempDir('mend-transfer-');
});
afterEach(async () => {
  for (const mend of opened.splice(0)) await mend.dispose();
  await temp.remove();
});

async function open(name: string, now = NOW): Promise<{ mend: Mend; saveTarget: GivenSaveTarget }> {
  const saveTarget = givenSaveTarget();
  const mend = await createTestMend(join(temp.path, name), {
    now: () => now,
    exportPorts: { printer: noPrinter, saveTarget, revealer: recordingRevealer() },
  });
  opened.push(mend);
  return { mend, saveTarget };
}

const call = (mend: Mend, channel: Channel, input?: unknown) => mend.dispatch(channel, input, trustedSender);

async function exportJson(mend: Mend, saveTarget: GivenSaveTarget, name: string): Promise<string> {
  saveTarget.file = join(temp.path, name);
  expect(await call(mend, 'export.json')).toMatchObject({ ok: true, value: { status: 'saved' } });
  return readFile(saveTarget.file, 'utf8');
}

const withoutTime = (archive: MendArchive) => ({ ...archive, exportedAt: null });

describe('importing a JSON export', () => {
  it('into a new journal gives back the same data, exported again', async () => {
    const first = await open('first');
    await setUpVault(first.mend);
    await writeJournal(first.mend);
    const text = await exportJson(first.mend, first.saveTarget, 'first.json');

    // A later day on another computer: only `exportedAt` may differ.
    const second = await open('second', NOW + 86_400_000);
    await setUpVault(second.mend);
    second.saveTarget.openFile = join(temp.path, 'first.json');
    expect(await call(second.mend, 'transfer.importJson')).toEqual({
      ok: true,
      value: {
        status: 'imported',
        name: 'first.json',
        counts: { entries: 3, notes: 3, exercises: 11, checkins: 3 },
      },
    });
    const again = await exportJson(second.mend, second.saveTarget, 'second.json');
    expect(withoutTime(readArchiveJson(again))).toEqual(withoutTime(readArchiveJson(text)));
    expect(again.replace(/"exportedAt": "[^"]+"/, '')).toBe(text.replace(/"exportedAt": "[^"]+"/, ''));

    // Imported entries and notes are searchable like any others.
    const found = await call(second.mend, 'search.query', { text: 'FebruaryBody' });
    expect(found).toMatchObject({ ok: true, value: { hits: [{ kind: 'entry' }] } });
    expect(await call(second.mend, 'search.query', { text: 'HonestyNoteWord' })).toMatchObject({
      ok: true,
      value: { hits: [{ kind: 'note' }] },
    });
  });

  it('is refused into a journal that holds writing, and changes nothing there', async () => {
    const first = await open('first');
    await setUpVault(first.mend);
    await writeJournal(first.mend);
    const before = await exportJson(first.mend, first.saveTarget, 'before.json');
    first.saveTarget.openFile = join(temp.path, 'before.json');
    const refused = await call(first.mend, 'transfer.importJson');
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(refused.ok ? '' : refused.error.message).toContain('nothing was imported');
    const after = await exportJson(first.mend, first.saveTarget, 'after.json');
    expect(withoutTime(readArchiveJson(after))).toEqual(withoutTime(readArchiveJson(before)));
  });

  it('is offered on the export screen exactly while main would accept it', async () => {
    const first = await open('first');
    await setUpVault(first.mend);
    await writeJournal(first.mend);
    await exportJson(first.mend, first.saveTarget, 'first.json');

    // A single check-in is writing too: the screen stops offering the import, and main refuses it.
    const second = await open('second');
    await setUpVault(second.mend);
    expect(await call(second.mend, 'export.choices')).toMatchObject({
      ok: true,
      value: { importable: true },
    });
    expect(await call(second.mend, 'tracker.save', CHECKINS[0])).toMatchObject({ ok: true });
    expect(await call(second.mend, 'export.choices')).toMatchObject({
      ok: true,
      value: { importable: false },
    });
    second.saveTarget.openFile = join(temp.path, 'first.json');
    expect(await call(second.mend, 'transfer.importJson')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    // After an import the journal holds writing, so it is no longer offered.
    const third = await open('third');
    await setUpVault(third.mend);
    third.saveTarget.openFile = join(temp.path, 'first.json');
    expect(await call(third.mend, 'transfer.importJson')).toMatchObject({
      ok: true,
      value: { status: 'imported' },
    });
    expect(await call(third.mend, 'export.choices')).toMatchObject({
      ok: true,
      value: { importable: false },
    });
  });

  it('refuses a file that is not an export, a half-understood one, and writes nothing', async () => {
    const { mend, saveTarget } = await open('data');
    await setUpVault(mend);
    expect(await call(mend, 'transfer.importJson')).toEqual({ ok: true, value: { status: 'cancelled' } });
    saveTarget.openFile = join(temp.path, 'not.json');
    await writeFile(saveTarget.openFile, '{"hello": 1}');
    expect(await call(mend, 'transfer.importJson')).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });

    // A valid archive whose exercise items this version did not write: refused whole.
    const source = await open('source');
    await setUpVault(source.mend);
    await writeJournal(source.mend);
    const archive = JSON.parse(await exportJson(source.mend, source.saveTarget, 'good.json')) as MendArchive;
    const odd = archive.exercises.find((exercise) => exercise.kind === 'apology-workshop');
    if (odd === undefined) throw new Error('no apology exercise');
    odd.items.push({ label: 'Something else', text: 'x', date: null, done: null });
    await writeFile(saveTarget.openFile, JSON.stringify(archive));
    expect(await call(mend, 'transfer.importJson')).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
    const empty = readArchiveJson(await exportJson(mend, saveTarget, 'empty.json'));
    expect([empty.entries, empty.notes, empty.exercises, empty.checkins]).toEqual([[], [], [], []]);
  });
});

describe('the encrypted .mend file', () => {
  it('is refused while locked, and opens in a fresh data folder with the passphrase or the recovery key', async () => {
    const first = await open('first');
    const recoveryKey = await setUpVault(first.mend);
    await writeJournal(first.mend);
    first.saveTarget.file = join(temp.path, 'journal.mend');
    const saved = await call(first.mend, 'transfer.backupFile');
    expect(saved).toMatchObject({ ok: true, value: { status: 'saved', name: 'journal.mend' } });
    expect(first.saveTarget.asked.at(-1)).toMatchObject({ defaultName: 'Mend backup 2026-03-31.mend' });
    // Only the chosen file appeared; the working copy inside the data folder is gone.
    expect((await readdir(temp.path)).sort()).toEqual(['first', 'journal.mend']);
    expect((await readdir(join(temp.path, 'first'))).filter((name) => name.startsWith('.mend-file'))).toEqual(
      [],
    );
    const original = await exportJson(first.mend, first.saveTarget, 'original.json');

    for (const [name, method, secret] of [
      ['by-passphrase', 'passphrase', TEST_PASSPHRASE],
      ['by-recovery-key', 'recovery', recoveryKey],
    ] as const) {
      const fresh = await open(name);
      fresh.saveTarget.openFile = join(temp.path, 'journal.mend');
      expect(await call(fresh.mend, 'transfer.restoreBackupFile')).toMatchObject({
        ok: true,
        value: { status: 'restored', name: 'journal.mend', createdAt: '2026-03-31T12:00:00.000Z' },
      });
      expect(await call(fresh.mend, 'vault.status')).toMatchObject({ ok: true, value: { state: 'locked' } });
      expect(await call(fresh.mend, 'vault.unlock', { method, secret })).toMatchObject({
        ok: true,
        value: { state: 'unlocked', setupComplete: true },
      });
      const restored = await exportJson(fresh.mend, fresh.saveTarget, `${name}.json`);
      expect(withoutTime(readArchiveJson(restored))).toEqual(withoutTime(readArchiveJson(original)));
      // Never over an existing journal.
      expect(await call(fresh.mend, 'transfer.restoreBackupFile')).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT' },
      });
    }

    await call(first.mend, 'vault.lock', { reason: 'manual' });
    expect(await call(first.mend, 'transfer.backupFile')).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
  });

  it('refuses a damaged file and leaves the fresh folder empty', async () => {
    const fresh = await open('fresh');
    fresh.saveTarget.openFile = join(temp.path, 'bad.mend');
    await writeFile(fresh.saveTarget.openFile, 'MENDBAK\nnot really');
    expect(await call(fresh.mend, 'transfer.restoreBackupFile')).toMatchObject({
      ok: false,
      error: { code: 'DAMAGED' },
    });
    expect(await call(fresh.mend, 'vault.status')).toMatchObject({ ok: true, value: { state: 'none' } });
  });
});
