import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rejectWhileBusy, serialQueue } from '../../../src/main/concurrency/oneAtATime';
import type { Mend } from '../../../src/main/createMend';
import type { PdfPrinter } from '../../../src/main/export/exportPorts';
import type { Channel } from '../../../src/shared/ipc/channels';
import { createTestMend, makeTempDir, setUpVault, trustedSender } from '../../harness/core';
import { givenSaveTarget, recordingRevealer, type GivenSaveTarget } from '../../harness/testSaveTarget';
import { ALL } from './fixtures';

describe('serialQueue', () => {
  it('runs work in call order, one at a time, and a failure does not stop the queue', async () => {
    const serial = serialQueue();
    const log: string[] = [];
    const step = (name: string, fail = false) =>
      serial(async () => {
        log.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([step('a'), step('b', true), step('c')]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});

describe('rejectWhileBusy', () => {
  it('refuses a second piece of work while the first runs, and accepts work again afterwards', async () => {
    const guard = rejectWhileBusy('Busy.');
    let release = (): void => undefined;
    const first = guard(() => new Promise<string>((resolve) => (release = () => resolve('first'))));
    await expect(guard(async () => 'second')).rejects.toMatchObject({ code: 'CONFLICT', message: 'Busy.' });
    release();
    expect(await first).toBe('first');
    expect(await guard(async () => 'third')).toBe('third');
  });
});

/** The print window, held open until the test lets it finish (Electron owns the real one). */
function heldPrinter(): PdfPrinter & { started: Promise<void>; release(): void } {
  let started = (): void => undefined;
  let release = (): void => undefined;
  const startedPromise = new Promise<void>((resolve) => (started = resolve));
  const done = new Promise<void>((resolve) => (release = resolve));
  return {
    started: startedPromise,
    release: () => release(),
    async print() {
      started();
      await done;
      return new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
    },
  };
}

describe('every export and import share one guard', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let mend: Mend;
  let printer: ReturnType<typeof heldPrinter>;
  let saveTarget: GivenSaveTarget;
  const call = (channel: Channel, input?: unknown) => mend.dispatch(channel, input, trustedSender);

  beforeEach(async () => {
    temp = await makeTempDir('mend-one-at-a-time-');
    printer = heldPrinter();
    saveTarget = givenSaveTarget();
    mend = await createTestMend(join(temp.path, 'data'), {
      exportPorts: { printer, saveTarget, revealer: recordingRevealer() },
    });
    await setUpVault(mend);
  });
  afterEach(async () => {
    printer.release();
    await mend.dispose();
    await temp.remove();
  });

  it('while a PDF export prints, an import, a .mend backup and a JSON export are refused; afterwards they run', async () => {
    saveTarget.file = join(temp.path, 'slow.pdf');
    const pdf = call('export.pdf', ALL);
    await printer.started;
    for (const channel of [
      'transfer.importJson',
      'transfer.backupFile',
      'export.json',
      'export.markdown',
    ] as const) {
      const input = channel === 'export.markdown' ? { tracks: ALL.tracks, include: ALL.include } : undefined;
      expect(await call(channel, input), channel).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: 'Another export or import is already running.' },
      });
    }
    expect(saveTarget.asked.map((a) => a.kind)).toEqual(['file']); // no second dialog opened
    printer.release();
    expect(await pdf).toMatchObject({ ok: true, value: { status: 'saved' } });
    saveTarget.file = join(temp.path, 'after.json');
    expect(await call('export.json')).toMatchObject({ ok: true, value: { status: 'saved' } });
  });
});
