import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { CHANNELS } from '../../../src/shared/ipc/channels';
import { filesContaining, filesUnder } from '../../harness/canarySweep';
import { createTestMend, makeTempDir, trustedSender } from '../../harness/core';
import { givenSaveTarget, recordingRevealer } from '../../harness/testSaveTarget';
import { PASSPHRASE_A, PASSPHRASE_B, setUpTwoJournals, type TwoJournals } from '../../harness/twoJournals';
import { CHANNEL_SAMPLES } from '../reliability/channelSamples';

/**
 * Two journals in one data folder, each with its own canary: nothing of one is ever found in
 * the other's files, in the registry or in settings; one journal's secrets never open the
 * other; and a window working with B cannot read A through any channel, however it calls.
 */
const RUNS = Number(process.env['MEND_FUZZ_RUNS'] ?? 15);

describe('journal isolation', () => {
  let dir: Awaited<ReturnType<typeof makeTempDir>>;
  let out: string;
  let mend: Mend;
  let two: TwoJournals;
  const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);

  beforeAll(async () => {
    dir = await makeTempDir('mend-isolation-');
    out = await mkdtemp(join(tmpdir(), 'mend-isolation-out-'));
    let clock = Date.now();
    mend = await createTestMend(join(dir.path, 'data'), {
      now: () => (clock += 600_000),
      exportPorts: {
        printer: { print: async (html) => new TextEncoder().encode(`%PDF-1.4 ${html}`) },
        saveTarget: givenSaveTarget({ file: join(out, 'export.out'), folder: out }),
        revealer: recordingRevealer(),
      },
    });
    two = await setUpTwoJournals(mend);
  });
  afterAll(async () => {
    await mend.dispose();
    await dir.remove();
    await rm(out, { recursive: true, force: true });
  });

  it('neither canary is in any file of the other journal, the registry or settings; neither is in plain text at all', async () => {
    const data = join(dir.path, 'data');
    const everything = filesUnder(data);
    expect(everything.some((path) => path.startsWith(two.a.dir))).toBe(true);
    expect(everything.some((path) => path.startsWith(two.b.dir))).toBe(true);
    expect(filesContaining(filesUnder(two.a.dir), two.b.canary)).toEqual([]);
    expect(filesContaining(filesUnder(two.b.dir), two.a.canary)).toEqual([]);
    const outside = everything.filter((path) => !path.startsWith(two.a.dir) && !path.startsWith(two.b.dir));
    expect(outside.map((path) => path.slice(data.length + 1))).toEqual(['journals.json']);
    const settingsFiles = everything.filter((path) => path.endsWith('settings.json'));
    expect(settingsFiles).toHaveLength(2);
    for (const canary of [two.a.canary, two.b.canary]) {
      expect(filesContaining([...outside, ...settingsFiles], canary)).toEqual([]);
      // The journals are encrypted: not even their own files hold the canary in plain text.
      expect(filesContaining(everything, canary)).toEqual([]);
    }
  });

  it('unlocking A while B is open is impossible without locking B first', async () => {
    expect(mend.vault.isUnlocked()).toBe(true);
    expect(await call('journals.choose', { id: two.a.id })).toMatchObject({ error: { code: 'CONFLICT' } });
    // A's passphrase at B's open window reaches only B.
    expect(await call('vault.unlock', { method: 'passphrase', secret: PASSPHRASE_A })).toMatchObject({
      value: { state: 'unlocked' },
    });
    expect(JSON.stringify(await call('journal.list', {}))).not.toContain(two.a.canary);
    expect(await call('journals.list')).toMatchObject({ value: { current: { id: two.b.id } } });
  });

  it("B's passphrase and recovery key never open A (nor A's open B)", async () => {
    await call('vault.lock', { reason: 'manual' });
    await call('journals.choose', { id: two.a.id });
    expect(await call('vault.unlock', { method: 'passphrase', secret: PASSPHRASE_B })).toMatchObject({
      error: { code: 'WRONG_SECRET' },
    });
    expect(await call('vault.unlock', { method: 'recovery', secret: two.b.recoveryKey })).toMatchObject({
      error: { code: 'WRONG_SECRET' },
    });
    expect(await call('vault.status')).toMatchObject({ value: { state: 'locked' } });
    await call('journals.choose', { id: two.b.id });
    expect(await call('vault.unlock', { method: 'passphrase', secret: PASSPHRASE_A })).toMatchObject({
      error: { code: 'WRONG_SECRET' },
    });
    expect(await call('vault.unlock', { method: 'recovery', secret: two.a.recoveryKey })).toMatchObject({
      error: { code: 'WRONG_SECRET' },
    });
    expect(await call('vault.unlock', { method: 'passphrase', secret: PASSPHRASE_B })).toMatchObject({
      value: { state: 'unlocked' },
    });
  });

  /** Back to "A locked, B open" after whatever a fuzzed call did (a lock, a leave, a new journal). */
  async function keepBOpen(): Promise<void> {
    if (mend.journals.current() !== null && mend.vault.isUnlocked()) {
      const listed = await mend.journals.list();
      if (listed.current?.id === two.b.id) return;
      await mend.vault.lock('manual');
    }
    await mend.journals.choose(two.b.id);
    if (!mend.vault.isUnlocked()) await mend.vault.unlock('passphrase', PASSPHRASE_B);
  }

  it.each(CHANNELS.map((channel) => [channel]))(
    'with A locked and B open, %s never answers with anything of A',
    { timeout: 30_000 + RUNS * 200 },
    async (channel) => {
      await keepBOpen();
      // Valid samples, samples naming A's canary and id, and junk.
      const aimed = [
        ...CHANNEL_SAMPLES[channel],
        { text: two.a.canary },
        { id: two.a.id },
        { id: two.a.id, method: 'passphrase', secret: PASSPHRASE_B },
        { query: two.a.canary },
      ];
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.constantFrom(...aimed), fc.anything()), async (input) => {
          const result = await mend.dispatch(channel, input, trustedSender);
          expect(JSON.stringify(result) ?? '').not.toContain(two.a.canary);
          await keepBOpen();
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
      // Nothing the channel wrote outside the data folder (an export) holds A's words either.
      expect(filesContaining(filesUnder(out), two.a.canary)).toEqual([]);
    },
  );

  it('control: the sweep can fail, B\'s own words do come back to B', async () => {
    await keepBOpen();
    const found = await call('search.query', { text: two.b.canary });
    expect(JSON.stringify(found)).toContain(two.b.canary);
  });
});
