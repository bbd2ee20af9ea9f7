import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { readArchiveJson } from '../../../src/main/export/archiveJson';
import type { Channel } from '../../../src/shared/ipc/channels';
import { packageVersion, setUpVault, trustedSender } from '../../harness/core';
import { type TempDir, closeTestMend, openExportVault } from '../../harness/testVault';
import { pdfPages } from '../../harness/pdfText';
import { createPlaywrightPdfPrinter, type TestPdfPrinter } from '../../harness/playwrightPdfPrinter';
import type { GivenSaveTarget, RecordingRevealer } from '../../harness/testSaveTarget';
import { ALL } from './fixtures';

let printer: TestPdfPrinter;
let temp: TempDir;
let mend: Mend;
let saveTarget: GivenSaveTarget;
let revealer: RecordingRevealer;
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
    revealer,
  } = await openExportVault(printer, { prefix: 'mend-export-', now: NOW, setUp: false }));
});
afterEach(async () => {
  await closeTestMend({ dir: temp, mend });
});

const call = (channel: Channel, input?: unknown) => mend.dispatch(channel, input, trustedSender);

describe('export channels', () => {
  it('refuse while the journal is locked, before asking where to save', async () => {
    await setUpVault(mend);
    await call('vault.lock', { reason: 'manual' });
    for (const [channel, input] of [
      ['export.choices', undefined],
      ['export.pdf', ALL],
      ['export.markdown', { tracks: ALL.tracks, include: ALL.include }],
      ['export.json', undefined],
      ['export.showFile', undefined],
    ] as const) {
      expect(await call(channel, input), channel).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    }
    expect(saveTarget.asked).toEqual([]);
  });

  it('print a PDF to the chosen path: on this branch the cover only, saying it is not encrypted', async () => {
    await setUpVault(mend);
    saveTarget.file = join(temp.path, 'chosen.pdf');
    const result = await call('export.pdf', {
      ...ALL,
      title: 'For my counsellor',
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        status: 'saved',
        name: 'chosen.pdf',
        counts: { entries: 0, notes: 0, exercises: 0, charts: 0 },
      },
    });
    expect(saveTarget.asked).toEqual([
      {
        kind: 'file',
        title: 'Save the PDF',
        defaultName: 'Mend export 2026-03-31.pdf',
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      },
    ]);
    const pages = await pdfPages(await readFile(saveTarget.file));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('For my counsellor');
    expect(pages[0]).toContain('1 Jan 2026 to 31 Mar 2026');
    expect(pages[0]).toContain('This file is not encrypted.');
    expect(pages[0]).toContain('Page 1 of 1');
    // Nothing but the chosen file was written next to it.
    expect(await readdir(temp.path)).toEqual(['chosen.pdf', 'data']);
  });

  it('offer the program’s tracks and steps to choose from', async () => {
    await setUpVault(mend);
    const result = await call('export.choices');
    if (!result.ok) throw new Error(result.error.code);
    const choices = result.value as {
      tracks: { id: string; steps: { id: string; order: number }[] }[];
      tags: string[];
    };
    expect(choices.tracks.map((t) => t.id)).toEqual(['broke-trust', 'was-hurt']);
    expect(choices.tracks[0]?.steps[0]).toMatchObject({ id: 'bt-1-honesty', order: 1 });
    expect(choices.tags).toEqual([]);
  });

  it('write nothing when the person cancels the dialog', async () => {
    await setUpVault(mend);
    expect(await call('export.pdf', ALL)).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(await call('export.markdown', { tracks: [], include: ALL.include })).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    expect(await call('export.json')).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(await readdir(temp.path)).toEqual(['data']);
  });

  it('reject choices that are not valid', async () => {
    await setUpVault(mend);
    for (const input of [
      { ...ALL, from: '2026-03-02', to: '2026-03-01' },
      { ...ALL, paper: 'A3' },
      { ...ALL, path: '/tmp/x.pdf' },
      { ...ALL, tracks: ['someone-else'] },
      undefined,
    ]) {
      expect(await call('export.pdf', input)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(saveTarget.asked).toEqual([]);
  });

  it('write the JSON export and the Markdown folder where chosen', async () => {
    await setUpVault(mend);
    saveTarget.file = join(temp.path, 'everything.json');
    expect(await call('export.json')).toMatchObject({
      ok: true,
      value: { status: 'saved', name: 'everything.json' },
    });
    const archive = readArchiveJson(await readFile(saveTarget.file, 'utf8'));
    expect(archive).toMatchObject({
      format: 'mend-archive',
      version: 1,
      app: { version: await packageVersion() },
      entries: [],
    });
    expect(archive.exportedAt).toBe('2026-03-31T12:00:00.000Z');

    saveTarget.folder = temp.path;
    const markdown = await call('export.markdown', { tracks: ['broke-trust'], include: ALL.include });
    expect(markdown).toMatchObject({ ok: true, value: { status: 'saved', name: 'Mend export 2026-03-31' } });
    expect(await readdir(join(temp.path, 'Mend export 2026-03-31'))).toEqual(['README.md']);
  });

  it('show the last saved file, and forget it when the journal locks', async () => {
    await setUpVault(mend);
    expect(await call('export.showFile')).toEqual({ ok: true, value: { shown: false } });
    saveTarget.file = join(temp.path, 'shown.pdf');
    await call('export.pdf', ALL);
    expect(await call('export.showFile')).toEqual({ ok: true, value: { shown: true } });
    expect(revealer.shown).toEqual([saveTarget.file]);
    await call('vault.lock', { reason: 'manual' });
    await call('vault.unlock', { method: 'passphrase', secret: 'quiet river morning 42' });
    expect(await call('export.showFile')).toEqual({ ok: true, value: { shown: false } });
    expect(existsSync(saveTarget.file)).toBe(true);
  });

  it('refuse a second export while one is running', async () => {
    await setUpVault(mend);
    saveTarget.file = join(temp.path, 'one.pdf');
    const [first, second] = await Promise.all([call('export.pdf', ALL), call('export.pdf', ALL)]);
    expect(first).toMatchObject({ ok: true, value: { status: 'saved' } });
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
